import { builder } from '../builder';
import './department';
import './crew';
import './staff';
import './shift';
import './session';
import './staff-admin';
import './api-client';
import './money';
import './resident';
import './resident-session';
import './resident-consent';
import './utility-account';
import './bill';
import './payment';
import './account-linking';
import './pay-bill';
import './autopay';
import './account-payments';

/** The accounts subgraph's schema, with federation's `_service` and `_entities`. */
export function buildAccountsSchema() {
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
}
