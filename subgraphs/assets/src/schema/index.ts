import { builder } from '../builder';
import './geojson';
import './bbox';
import './asset-type';
import './asset';
import './asset-history';
import './asset-mutations';
import './work-order';
import './service-request';
import './city';
import './council-district';
import './street';

/** The assets subgraph's schema, with federation's `_service` and `_entities`. */
export function buildAssetsSchema() {
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
}
