import { type RawBuilder, sql } from 'kysely';
import { TILE_EXTENT, type TileAddress } from './tile-address';

/** Web Mercator's latitude limit: the square world map stops here. */
const MAX_MERCATOR_LAT = 85.0511287798066;

/**
 * Where a longitude/latitude falls in the tile, in tile units (0…TILE_EXTENT across,
 * y down): the coordinates an MVT feature carries. Points outside the tile get
 * coordinates outside that range, which encoders keep and renderers clip.
 */
export function projectToTile(tile: TileAddress, lon: number, lat: number): [number, number] {
  const scale = 2 ** tile.z;
  const clamped = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat));
  const sinLat = Math.sin((clamped * Math.PI) / 180);
  const worldX = (lon + 180) / 360;
  const worldY = 0.5 - Math.log((1 + sinLat) / (1 - sinLat)) / (4 * Math.PI);
  return [
    Math.round((worldX * scale - tile.x) * TILE_EXTENT),
    Math.round((worldY * scale - tile.y) * TILE_EXTENT),
  ];
}

/**
 * The same projection in SQL, unrounded, over a table's lon/lat columns: grid
 * aggregation groups rows by cell in the database, so a million points never leave it.
 * `asinh(tan φ)` is the Mercator ordinate (core PostgreSQL, no PostGIS).
 */
export function tileUnitsSql(
  tile: TileAddress,
  lon: RawBuilder<unknown>,
  lat: RawBuilder<unknown>,
): { x: RawBuilder<number>; y: RawBuilder<number> } {
  const scale = 2 ** tile.z;
  return {
    x: sql<number>`((${lon} + 180.0) / 360.0 * ${scale} - ${tile.x}) * ${TILE_EXTENT}`,
    y: sql<number>`((0.5 - asinh(tan(radians(${lat}))) / (2 * pi())) * ${scale} - ${tile.y}) * ${TILE_EXTENT}`,
  };
}
