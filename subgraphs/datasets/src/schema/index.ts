import { builder } from '../builder';
import './dataset';
import './catalog-queries';
import './dataset-admin';
import './dataset-rows';
import './dataset-aggregate';

/** The datasets subgraph's schema, with federation's `_service` and `_entities`. */
export function buildDatasetsSchema() {
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
}
