import { builder } from '../builder';
import './service';
import './service-request';
import './sla';
import './work-order';
import './service-catalog';
import './intake';
import './duplicates';
import './service-admin';
import './work-order-mutations';
import './history';
import './notes';
import './work-order-stats';
import './workload';
import './assignment-candidates';
import './asset-work';
import './photos';
import './subscriptions';
import './resident-requests';

/** The requests subgraph's schema, with federation's `_service` and `_entities`. */
export function buildRequestsSchema() {
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
}
