import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@civicgraph/platform';
import type { DatasetsDatabase } from './db/database';
import { exportRoutes } from './exports/export-routes';
import { buildDatasetsSchema } from './schema';

/** The city's open data catalog (DCAT-US), its datasets' rows, their aggregates and exports. */
export const datasetsSubgraph: SubgraphDefinition<DatasetsDatabase> = {
  name: 'datasets',
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  buildSchema: buildDatasetsSchema,
  // Row exports (CSV, JSON, GeoJSON); the gateway routes /datasets here.
  routes: (app, { db }) => {
    app.register(exportRoutes(db));
  },
};
