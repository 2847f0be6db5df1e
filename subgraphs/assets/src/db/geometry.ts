import type { Polygon, Position } from '@civicgraph/platform';

/** West, south, east, north in WGS84 degrees; validated by the caller. */
export interface BBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Mean Earth radius (IUGG), the same sphere the demo generator uses. */
const EARTH_RADIUS_M = 6_371_008.8;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres between two [lon, lat] positions. */
export function haversineMeters(from: Position, to: Position): number {
  const dLat = radians(to[1] - from[1]);
  const dLon = radians(to[0] - from[0]);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from[1])) * Math.cos(radians(to[1])) * Math.sin(dLon / 2) ** 2;
  // min() guards asin against rounding just above 1 for antipodal points.
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Length in metres of a line through `positions`, summed segment by segment. */
export function lineLengthMeters(positions: readonly Position[]): number {
  let length = 0;
  for (let i = 1; i < positions.length; i++) {
    length += haversineMeters(positions[i - 1]!, positions[i]!);
  }
  return length;
}

/** The smallest box holding every ring of a polygon. */
export function polygonBBox(polygon: Polygon): BBox {
  const box: BBox = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const ring of polygon.coordinates) {
    for (const [lon, lat] of ring) {
      box.west = Math.min(box.west, lon);
      box.south = Math.min(box.south, lat);
      box.east = Math.max(box.east, lon);
      box.north = Math.max(box.north, lat);
    }
  }
  return box;
}
