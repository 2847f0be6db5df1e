export type * from './geojson';
export {
  type Bbox,
  bboxContains,
  bboxFromArray,
  clipAxisLine,
  degreesPerMeter,
  degreesPerMile,
  distanceMeters,
  geometryBbox,
  lineLengthMeters,
  METERS_PER_MILE,
  offsetMeters,
  pointInPolygon,
} from './geometry';
export { BLOCK_METERS, snapToBlock } from './snap-to-block';
