import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@civicgraph/platform';
import { requestsConfig, requestsSettings } from './config';
import type { RequestsDatabase } from './db/database';
import { open311Routes } from './open311/open311-routes';
import { photoRoutes } from './photos/photo-routes';
import { PostgresPhotoStore } from './photos/postgres-photo-store';
import { startPhotoSweeper } from './photos/sweep-unattached';
import { startOutboxPruner } from './scheduler/outbox-pruner';
import { startOverdueScheduler } from './scheduler/overdue-scheduler';
import { buildRequestsSchema } from './schema';
import { tileRoutes } from './tiles/tile-routes';

/** The service catalog, residents' 311 service requests and the work orders they start. */
export const requestsSubgraph: SubgraphDefinition<RequestsDatabase> = {
  name: 'requests',
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  buildSchema: buildRequestsSchema,
  config: requestsConfig,
  // Photos: uploaded and read over HTTP (the gateway proxies /photos here); map tiles
  // of work orders and requests (the gateway routes /tiles/work-orders and /tiles/requests);
  // Open311 GeoReport v2 for the 311 apps that speak it (the gateway routes /open311/v2).
  routes: (app, { db, peers }) => {
    app.register(photoRoutes(new PostgresPhotoStore(db)));
    app.register(tileRoutes(db));
    app.register(open311Routes(db, peers));
  },
  background: ({ db, logger, config }) => {
    const settings = requestsSettings(config);
    // Marks work overdue as its due time passes, with an event, so live views need no polling.
    const stopOverdue = startOverdueScheduler(db, {
      intervalSeconds: settings.OVERDUE_SCAN_SECONDS,
      logger,
    });
    // Keeps the outbox to its retention window; readers further behind resync.
    const stopPruner = startOutboxPruner(db, {
      retentionDays: settings.OUTBOX_RETENTION_DAYS,
      logger,
    });
    // Deletes photos nothing took within a day (residents' pictures kept no longer than needed).
    const stopSweeper = startPhotoSweeper(new PostgresPhotoStore(db), logger);
    return async () => {
      await Promise.all([stopOverdue(), stopPruner(), stopSweeper()]);
    };
  },
};
