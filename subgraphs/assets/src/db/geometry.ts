/** West, south, east, north in WGS84 degrees, as the asset filter and districts use it. */
export interface BBox {
  west: number;
  south: number;
  east: number;
  north: number;
}
