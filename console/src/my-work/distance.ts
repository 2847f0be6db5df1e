/** A point as the graph gives it (WGS84 degrees). */
export interface LonLat {
  lon: number;
  lat: number;
}

/** The mean Earth radius (IUGG), in metres: the figure great-circle distances use. */
export const EARTH_RADIUS_METERS = 6_371_008.8;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * The great-circle distance between two points, in metres (haversine). Good to a few
 * tenths of a percent against the ellipsoid: plenty to order a day's work by distance.
 */
export function distanceMeters(from: LonLat, to: LonLat): number {
  const dLat = radians(to.lat - from.lat);
  const dLon = radians(to.lon - from.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(dLon / 2) ** 2;
  // min(): rounding can push h a hair above 1 for antipodal points, and asin(>1) is NaN.
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}
