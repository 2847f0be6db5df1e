export type { DatasetsDatabase } from './db/database';
export {
  ASSETS_INVENTORY_COLUMNS,
  ASSETS_INVENTORY_SLUG,
  refreshAssetsInventory,
} from './graph-sources/assets-inventory';
export { datasetsSubgraph } from './subgraph';
