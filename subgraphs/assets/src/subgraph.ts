import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@civicgraph/platform';
import type { AssetsDatabase } from './db/database';
import { buildAssetsSchema } from './schema';

/** The city's physical assets (streetlights, hydrants, road segments) and their types. */
export const assetsSubgraph: SubgraphDefinition<AssetsDatabase> = {
  name: 'assets',
  migrationsFolder: fileURLToPath(new URL('./db/migrations', import.meta.url)),
  buildSchema: buildAssetsSchema,
};
