import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@civicgraph/platform';
import { dataJsonRoute } from './catalog/data-json-route';
import type { DatasetsDatabase } from './db/database';
import { exportRoutes } from './exports/export-routes';
import { startAssetsInventoryRefresher } from './graph-sources/assets-inventory-refresher';
import { graphSourcesConfig, graphSourcesSettings } from './graph-sources/graph-sources-config';
import { uploadRoutes } from './import/upload-route';
import { OutboxPublisher } from './publishers/outbox-publisher';
import { buildDatasetsSchema } from './schema';

/** The city's open data catalog (DCAT-US), its datasets' rows, their aggregates and exports. */
export const datasetsSubgraph: SubgraphDefinition<DatasetsDatabase> = {
  name: 'datasets',
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  buildSchema: buildDatasetsSchema,
  // The DCAT-US catalog for harvesters and the row exports (the gateway routes
  // /data.json and /datasets here), and admins' CSV uploads.
  routes: (app, { db, secrets }) => {
    app.register(dataJsonRoute(db));
    app.register(exportRoutes(db));
    app.register(uploadRoutes(db, secrets.callerSigning));
  },
  config: graphSourcesConfig,
  background: ({ db, databaseUrl, peers, logger, config }) => {
    // The live 311 datasets, kept current from the requests outbox.
    const publisher = OutboxPublisher.start({ db, databaseUrl, peers, logger });
    // The assets inventory, read from assets through the graph: on start, then on a timer.
    const stopAssets = startAssetsInventoryRefresher(db, peers, {
      everyMs: graphSourcesSettings(config).ASSETS_INVENTORY_REFRESH_SECONDS * 1000,
      logger,
    });
    return async () => {
      await Promise.all([publisher.close(), stopAssets()]);
    };
  },
};
