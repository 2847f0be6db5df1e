export type * from './geojson';
export {
  type Bbox,
  distanceMeters,
  geometryBbox,
  lineLengthMeters,
  pointInPolygon,
} from './geometry';
