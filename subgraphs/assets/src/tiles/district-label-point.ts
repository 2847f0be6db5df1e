import {
  geometryBbox,
  type MultiPolygon,
  type Polygon,
  type Position,
  pointInPolygon,
} from '@civicgraph/platform';

/** Where across the box to try a horizontal line, centre first. */
const SCAN_FRACTIONS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9];

function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** Longitudes where the rings' edges cross the parallel `lat`, sorted. */
function crossings(rings: Position[][], lat: number): number[] {
  const found: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [lonA, latA] = ring[i] as Position;
      const [lonB, latB] = ring[j] as Position;
      if (latA > lat !== latB > lat) {
        found.push(lonA + ((lat - latA) / (latB - latA)) * (lonB - lonA));
      }
    }
  }
  return found.sort((a, b) => a - b);
}

/**
 * A point inside the polygon to put its label at: the centre of its bounding box when
 * that is inside (a compact district), otherwise the middle of the widest stretch of a
 * parallel across it (an L- or U-shaped one, whose box centre may lie outside it).
 * Null only for a polygon with no area.
 */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] | null {
  const box = geometryBbox(geometry);
  const centre: [number, number] = [(box.west + box.east) / 2, (box.south + box.north) / 2];
  if (pointInPolygon(geometry, centre[0], centre[1])) return centre;
  const rings = ringsOf(geometry);
  for (const fraction of SCAN_FRACTIONS) {
    const lat = box.south + (box.north - box.south) * fraction;
    const across = crossings(rings, lat);
    let best: [number, number] | null = null;
    let widest = 0;
    // Crossings alternate entering and leaving (even-odd): pairs are inside stretches.
    for (let i = 0; i + 1 < across.length; i += 2) {
      const west = across[i] as number;
      const east = across[i + 1] as number;
      const middle: [number, number] = [(west + east) / 2, lat];
      if (east - west > widest && pointInPolygon(geometry, middle[0], middle[1])) {
        widest = east - west;
        best = middle;
      }
    }
    if (best) return best;
  }
  return null;
}
