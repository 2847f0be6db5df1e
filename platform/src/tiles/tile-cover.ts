import type { Bbox } from '../geo/geometry';
import { MAX_TILE_ZOOM, type TileAddress } from './tile-address';

/** The tile column and row a longitude/latitude falls in at zoom `z`. */
export function tileContaining(z: number, lon: number, lat: number): TileAddress {
  const size = 2 ** z;
  const sinLat = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  const worldX = (lon + 180) / 360;
  const worldY = 0.5 - Math.log((1 + sinLat) / (1 - sinLat)) / (4 * Math.PI);
  const clamp = (n: number) => Math.max(0, Math.min(size - 1, Math.floor(n * size)));
  return { z, x: clamp(worldX), y: clamp(worldY) };
}

/**
 * Every tile at zoom `z` that a box touches, row by row: what a client asks for to
 * show the box (a city, a viewport) at that zoom.
 */
export function tilesCovering(box: Bbox, z: number): TileAddress[] {
  if (!Number.isInteger(z) || z < 0 || z > MAX_TILE_ZOOM) throw new RangeError(`zoom ${z}`);
  const northWest = tileContaining(z, box.west, box.north);
  const southEast = tileContaining(z, box.east, box.south);
  const tiles: TileAddress[] = [];
  for (let y = northWest.y; y <= southEast.y; y++) {
    for (let x = northWest.x; x <= southEast.x; x++) tiles.push({ z, x, y });
  }
  return tiles;
}
