export {
  encodeTile,
  lineFeature,
  pointFeature,
  type TileFeature,
  type TileProperties,
} from './encode-tile';
export { snapToBlockSql } from './snap-to-block-sql';
export {
  bboxesIntersect,
  MAX_TILE_ZOOM,
  parseTileAddress,
  TILE_EXTENT,
  type TileAddress,
  tileBbox,
} from './tile-address';
export { tileContaining, tilesCovering } from './tile-cover';
export {
  GRID_CELL_UNITS,
  GRID_CELLS_PER_SIDE,
  INDIVIDUAL_FEATURES_MIN_ZOOM,
  MAX_INDIVIDUAL_FEATURES,
  tileDetail,
} from './tile-grid';
export { projectToTile, tileUnitsSql } from './tile-projection';
export {
  MVT_CONTENT_TYPE,
  matchesIfNoneMatch,
  sendTile,
  TILE_CACHE_CONTROL,
  type TileAnswer,
  tileEtag,
} from './tile-response';
