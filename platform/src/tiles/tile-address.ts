import type { Bbox } from '../geo/geometry';
import { badArgument } from '../server/route-refused';

/** Units per tile side in every tile we encode (the MVT default). */
export const TILE_EXTENT = 4096;
/** Deepest zoom served: street level and then some; deeper tiles would only repeat it. */
export const MAX_TILE_ZOOM = 22;

/** One tile of the Web Mercator (EPSG:3857) pyramid, as `/{z}/{x}/{y}.mvt` names it. */
export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

const INTEGER = /^(0|[1-9][0-9]{0,7})$/;

function integerPart(name: 'z' | 'x' | 'y', text: string | undefined): number {
  if (text === undefined || !INTEGER.test(text)) {
    throw badArgument(
      name,
      `The tile's ${name} must be a whole number, as in /tiles/{layer}/{z}/{x}/{y}.mvt`,
    );
  }
  return Number(text);
}

/**
 * The tile a route names, from its `z` and `x` params and its last segment (`{y}.mvt`).
 * Anything else — a negative or fractional number, a zoom past `MAX_TILE_ZOOM`, x or y
 * outside the zoom's 2^z range, another extension — is a 400 naming the part.
 */
export function parseTileAddress(params: { z?: string; x?: string; file?: string }): TileAddress {
  const file = params.file ?? '';
  if (!file.endsWith('.mvt')) {
    throw badArgument('y', 'Tiles are served as {y}.mvt (Mapbox Vector Tile)');
  }
  const z = integerPart('z', params.z);
  if (z > MAX_TILE_ZOOM) {
    throw badArgument('z', `The zoom must be between 0 and ${MAX_TILE_ZOOM}`, {
      max: MAX_TILE_ZOOM,
    });
  }
  const x = integerPart('x', params.x);
  const y = integerPart('y', file.slice(0, -'.mvt'.length));
  const size = 2 ** z;
  if (x >= size || y >= size) {
    throw badArgument(x >= size ? 'x' : 'y', `At zoom ${z}, x and y run from 0 to ${size - 1}`);
  }
  return { z, x, y };
}

/** Longitude of a tile column's west edge (`x` may be fractional). */
function lonOf(x: number, z: number): number {
  return (x / 2 ** z) * 360 - 180;
}

/** Latitude of a tile row's north edge (`y` may be fractional). */
function latOf(y: number, z: number): number {
  const n = Math.PI - (2 * Math.PI * y) / 2 ** z;
  return (180 / Math.PI) * Math.atan(Math.sinh(n));
}

/**
 * The tile's box in longitude/latitude, grown by `buffer` tile units on each side
 * (features near an edge are drawn by both tiles, so labels and circles are not cut).
 */
export function tileBbox(tile: TileAddress, buffer = 0): Bbox {
  const grow = buffer / TILE_EXTENT;
  return {
    west: lonOf(tile.x - grow, tile.z),
    east: lonOf(tile.x + 1 + grow, tile.z),
    north: latOf(tile.y - grow, tile.z),
    south: latOf(tile.y + 1 + grow, tile.z),
  };
}

/** Whether two boxes share any area (edges touching count). */
export function bboxesIntersect(a: Bbox, b: Bbox): boolean {
  return a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;
}
