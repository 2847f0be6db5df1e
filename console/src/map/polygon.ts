import type { Bbox } from '../dispatch/work-order-filters';

/** A corner of a drawn area: longitude, latitude. */
export type LngLat = readonly [number, number];

/**
 * Whether a point lies inside a polygon (its corners in order, not closed: the last
 * joins the first). Ray casting: count the edges a ray eastward from the point crosses.
 * At map scales (a city) lon/lat are treated as plane coordinates.
 */
export function pointInPolygon(point: LngLat, polygon: readonly LngLat[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    // Half-open in y: a vertex at the ray's height counts for one edge only.
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The box around a polygon's corners; null for fewer than three. */
export function bboxOf(polygon: readonly LngLat[]): Bbox | null {
  if (polygon.length < 3) return null;
  const lons = polygon.map(([lon]) => lon);
  const lats = polygon.map(([, lat]) => lat);
  return {
    west: Math.min(...lons),
    south: Math.min(...lats),
    east: Math.max(...lons),
    north: Math.max(...lats),
  };
}

/**
 * Adds a corner unless it repeats the last one (a double-click's two clicks land on
 * the same spot: `minDistance` in the same units as the corners).
 */
export function addCorner(
  polygon: readonly LngLat[],
  corner: LngLat,
  minDistance: number,
): LngLat[] {
  const last = polygon.at(-1);
  if (last && Math.hypot(last[0] - corner[0], last[1] - corner[1]) < minDistance) {
    return [...polygon];
  }
  return [...polygon, corner];
}

/** The drawn area as GeoJSON for the overlay: the closed ring once it has 3 corners, a line before. */
export function drawingGeoJson(polygon: readonly LngLat[]): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = polygon.map((corner) => ({
    type: 'Feature',
    properties: { kind: 'corner' },
    geometry: { type: 'Point', coordinates: [...corner] },
  }));
  if (polygon.length >= 2) {
    features.push({
      type: 'Feature',
      properties: { kind: 'edge' },
      geometry: {
        type: 'LineString',
        coordinates: [...polygon, ...(polygon.length >= 3 ? [polygon[0]!] : [])].map((c) => [...c]),
      },
    });
  }
  if (polygon.length >= 3) {
    features.push({
      type: 'Feature',
      properties: { kind: 'area' },
      geometry: { type: 'Polygon', coordinates: [[...polygon, polygon[0]!].map((c) => [...c])] },
    });
  }
  return { type: 'FeatureCollection', features };
}
