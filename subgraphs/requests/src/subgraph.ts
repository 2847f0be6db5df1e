import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@civicgraph/platform';
import { requestsConfig, requestsSettings } from './config';
import type { RequestsDatabase } from './db/database';
import { startOverdueScheduler } from './scheduler/overdue-scheduler';
import { buildRequestsSchema } from './schema';

/** The service catalog, residents' 311 service requests and the work orders they start. */
export const requestsSubgraph: SubgraphDefinition<RequestsDatabase> = {
  name: 'requests',
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  buildSchema: buildRequestsSchema,
  config: requestsConfig,
  // Marks work overdue as its due time passes, with an event, so live views need no polling.
  background: ({ db, logger, config }) =>
    startOverdueScheduler(db, {
      intervalSeconds: requestsSettings(config).OVERDUE_SCAN_SECONDS,
      logger,
    }),
};
