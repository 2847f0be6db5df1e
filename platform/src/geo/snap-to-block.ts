import { degreesPerMeter } from './geometry';

/**
 * Side of the square a location-sensitive place is snapped to: about a city block.
 * Published locations of encampments, code complaints and the like say which block,
 * never which door.
 */
export const BLOCK_METERS = 100;

/** The block grid's row height in degrees of latitude (the same everywhere). */
export const BLOCK_LAT_DEGREES = BLOCK_METERS * degreesPerMeter(0).lat;

/**
 * The centre of the ~100 m block a location lies in. The grid is fixed (rows of equal
 * latitude from the equator; each row's columns `BLOCK_METERS` wide at the row's middle
 * latitude), so everyone who snaps a place gets the same block, and every place in a
 * block gets the same point: nothing finer is recoverable from many snapped reports.
 * `snapToBlockSql` is the same rule in SQL.
 */
export function snapToBlock(lon: number, lat: number): [number, number] {
  const row = Math.floor(lat / BLOCK_LAT_DEGREES);
  const rowLat = (row + 0.5) * BLOCK_LAT_DEGREES;
  const columnWidth = BLOCK_METERS * degreesPerMeter(rowLat).lon;
  const column = Math.floor(lon / columnWidth);
  return [(column + 0.5) * columnWidth, rowLat];
}
