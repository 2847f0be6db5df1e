import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@civicgraph/platform';
import type { RequestsDatabase } from './db/database';
import { photoRoutes } from './photos/photo-routes';
import { PostgresPhotoStore } from './photos/postgres-photo-store';
import { startPhotoSweeper } from './photos/sweep-unattached';
import { buildRequestsSchema } from './schema';

/** The service catalog, residents' 311 service requests and the work orders they start. */
export const requestsSubgraph: SubgraphDefinition<RequestsDatabase> = {
  name: 'requests',
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  buildSchema: buildRequestsSchema,
  // Photos: uploaded and read over HTTP (the gateway proxies /photos here).
  routes: (app, { db }) => {
    app.register(photoRoutes(new PostgresPhotoStore(db)));
  },
  background: ({ db, logger }) => startPhotoSweeper(new PostgresPhotoStore(db), logger),
};
