import { TILE_EXTENT } from './tile-address';

/**
 * From this zoom on (street level), layers of points send each point; below it they
 * send a grid of counts, aggregated in SQL, so a city-wide tile stays small.
 */
export const INDIVIDUAL_FEATURES_MIN_ZOOM = 14;

/**
 * Most points one tile sends individually. A denser street-level tile (a million
 * requests, no filter) falls back to the grid, so no tile ever carries more than
 * this many features.
 */
export const MAX_INDIVIDUAL_FEATURES = 4000;

/**
 * Cells per tile side in the grid: at most 16 × 16 = 256 aggregate features. A cell is
 * then 32 screen pixels on a 512-pixel tile, so the count circles a map draws for them
 * (about 20 pixels) do not overlap; finer cells buried the city in circles.
 */
export const GRID_CELLS_PER_SIDE = 16;

/** A grid cell's side in tile units. */
export const GRID_CELL_UNITS = TILE_EXTENT / GRID_CELLS_PER_SIDE;

/**
 * How a tile of points is built at zoom `z`: as aggregates, or individually if there
 * are at most `MAX_INDIVIDUAL_FEATURES` of them.
 */
export function tileDetail(z: number): 'GRID' | 'INDIVIDUAL_OR_GRID' {
  return z >= INDIVIDUAL_FEATURES_MIN_ZOOM ? 'INDIVIDUAL_OR_GRID' : 'GRID';
}
