import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@civicgraph/platform';
import type { RequestsDatabase } from './db/database';
import { buildRequestsSchema } from './schema';

/** The service catalog, residents' 311 service requests and the work orders they start. */
export const requestsSubgraph: SubgraphDefinition<RequestsDatabase> = {
  name: 'requests',
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  buildSchema: buildRequestsSchema,
};
