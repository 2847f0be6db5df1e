/**
 * The small part of GeoJSON (RFC 7946) the demo city uses. Our own definitions so the
 * platform package needs no `@types/geojson`; structurally compatible with it.
 */

/** [longitude, latitude] in WGS84, optionally with an altitude. */
export type Position = [number, number] | [number, number, number];

export interface Point {
  type: 'Point';
  coordinates: Position;
}

export interface LineString {
  type: 'LineString';
  coordinates: Position[];
}

/** Rings of positions; the first ring is the exterior, the others are holes. */
export interface Polygon {
  type: 'Polygon';
  coordinates: Position[][];
}

export interface MultiPolygon {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}

export type Geometry = Point | LineString | Polygon | MultiPolygon;

export interface Feature<G extends Geometry = Geometry, P = Record<string, unknown>> {
  type: 'Feature';
  id?: string | number;
  geometry: G;
  properties: P;
}

export interface FeatureCollection<G extends Geometry = Geometry, P = Record<string, unknown>> {
  type: 'FeatureCollection';
  features: Array<Feature<G, P>>;
}
