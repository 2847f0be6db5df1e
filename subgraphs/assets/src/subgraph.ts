import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@civicgraph/platform';
import type { AssetsDatabase } from './db/database';
import { buildAssetsSchema } from './schema';
import { GeographyTiles } from './tiles/geography-tiles';
import { tileRoutes } from './tiles/tile-routes';

/** The city's physical assets (streetlights, hydrants, road segments) and their types. */
export const assetsSubgraph: SubgraphDefinition<AssetsDatabase> = {
  name: 'assets',
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  buildSchema: buildAssetsSchema,
  // Map tiles (assets, streets, districts) and the map style; the gateway proxies /tiles here.
  routes: (app, { db }) => {
    app.register(tileRoutes(db, new GeographyTiles(db)));
  },
};
