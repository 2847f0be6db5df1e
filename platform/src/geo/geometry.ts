/**
 * Plane geometry on lon/lat, good enough at city scale (tens of kilometres): the
 * city needs containment, axis-aligned clipping, lengths and metre offsets, not geodesy.
 */
import type { MultiPolygon, Polygon, Position } from './geojson';

export const METERS_PER_MILE = 1609.344;
/** Mean Earth radius (IUGG), the sphere behind every degree/metre conversion here. */
const EARTH_RADIUS_M = 6_371_008.8;
const METERS_PER_DEGREE_LAT = (Math.PI / 180) * EARTH_RADIUS_M;

/** Degrees of longitude and latitude spanned by one metre near latitude `lat`. */
export function degreesPerMeter(lat: number): { lon: number; lat: number } {
  const perLat = 1 / METERS_PER_DEGREE_LAT;
  return { lon: perLat / Math.cos((lat * Math.PI) / 180), lat: perLat };
}

/** Degrees of longitude and latitude spanned by one mile near latitude `lat`. */
export function degreesPerMile(lat: number): { lon: number; lat: number } {
  const perMeter = degreesPerMeter(lat);
  return { lon: perMeter.lon * METERS_PER_MILE, lat: perMeter.lat * METERS_PER_MILE };
}

/** Equirectangular distance in metres; accurate to well under 1 % over a city. */
export function distanceMeters(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const perMeter = degreesPerMeter((lat1 + lat2) / 2);
  const dx = (lon2 - lon1) / perMeter.lon;
  const dy = (lat2 - lat1) / perMeter.lat;
  return Math.hypot(dx, dy);
}

/** Length in metres of a line through `positions`, segment by segment. */
export function lineLengthMeters(positions: readonly Position[]): number {
  let length = 0;
  for (let i = 1; i < positions.length; i++) {
    const [lon1, lat1] = positions[i - 1]!;
    const [lon2, lat2] = positions[i]!;
    length += distanceMeters(lon1!, lat1!, lon2!, lat2!);
  }
  return length;
}

/** Moves a point by metres east (`dx`) and north (`dy`). */
export function offsetMeters(lon: number, lat: number, dx: number, dy: number): [number, number] {
  const perMeter = degreesPerMeter(lat);
  return [lon + dx * perMeter.lon, lat + dy * perMeter.lat];
}

/**
 * Even-odd ray casting with half-open edges. The half-open rule matters: polygons that
 * tile an area (council districts) share edges, and this rule puts a point lying on a
 * shared edge in exactly one of them.
 */
export function pointInRing(ring: readonly Position[], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const pi = ring[i] as Position;
    const pj = ring[j] as Position;
    const xi = pi[0];
    const yi = pi[1];
    const xj = pj[0];
    const yj = pj[1];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

/** Whether a point lies in a Polygon (holes excluded) or in any part of a MultiPolygon. */
export function pointInPolygon(geometry: Polygon | MultiPolygon, lon: number, lat: number) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const rings of polygons) {
    let inside = false;
    // Even-odd across all rings treats holes correctly without knowing which is which.
    for (const ring of rings) {
      if (pointInRing(ring, lon, lat)) inside = !inside;
    }
    if (inside) return true;
  }
  return false;
}

/** A longitude/latitude box in WGS84 degrees: the one bounding-box type of the project. */
export interface Bbox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** A bbox from its GeoJSON form (RFC 7946 §5): `[west, south, east, north]`. */
export function bboxFromArray([west, south, east, north]: readonly [
  number,
  number,
  number,
  number,
]): Bbox {
  return { west, south, east, north };
}

/** Whether the point lies in the box; its edges count as inside. */
export function bboxContains(box: Bbox, lon: number, lat: number): boolean {
  return lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;
}

export function geometryBbox(geometry: Polygon | MultiPolygon): Bbox {
  const box: Bbox = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (const [lon, lat] of ring) {
        box.west = Math.min(box.west, lon);
        box.south = Math.min(box.south, lat);
        box.east = Math.max(box.east, lon);
        box.north = Math.max(box.north, lat);
      }
    }
  }
  return box;
}

/**
 * The parts of an axis-aligned line inside a polygon, as [from, to] ranges of the
 * varying coordinate. `axis` 'NORTH_SOUTH' is the line lon = `at` (ranges of latitude);
 * 'EAST_WEST' is lat = `at` (ranges of longitude). Even-odd over the crossings, like
 * `pointInPolygon`, so holes and concave outlines split the line correctly.
 */
export function clipAxisLine(
  geometry: Polygon | MultiPolygon,
  axis: 'NORTH_SOUTH' | 'EAST_WEST',
  at: number,
): Array<[number, number]> {
  // For a vertical line swap the roles of x and y so one crossing routine serves both.
  const fixed = axis === 'NORTH_SOUTH' ? 0 : 1;
  const varying = 1 - fixed;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const ranges: Array<[number, number]> = [];
  for (const rings of polygons) {
    const crossings: number[] = [];
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const pi = ring[i] as Position;
        const pj = ring[j] as Position;
        const fi = pi[fixed] as number;
        const fj = pj[fixed] as number;
        if (fi > at !== fj > at) {
          const vi = pi[varying] as number;
          const vj = pj[varying] as number;
          crossings.push(vi + ((vj - vi) * (at - fi)) / (fj - fi));
        }
      }
    }
    crossings.sort((x, y) => x - y);
    for (let k = 0; k + 1 < crossings.length; k += 2) {
      const from = crossings[k] as number;
      const to = crossings[k + 1] as number;
      if (to > from) ranges.push([from, to]);
    }
  }
  return ranges.sort((x, y) => x[0] - y[0]);
}
