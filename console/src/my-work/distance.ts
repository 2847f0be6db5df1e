import type { Language } from '../i18n';

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

const formats = new Map<string, Intl.NumberFormat>();

function unitFormat(language: Language, unit: 'meter' | 'kilometer', digits: number) {
  const key = `${language} ${unit} ${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: digits,
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * A distance as a person on foot reads it: "850 m" under a kilometre (to 10 m, finer
 * would be false precision for a phone's fix), "1.2 km" up to 100 km, "140 km" beyond;
 * the decimal sign and grouping of the language ("1,2 km" in Spanish).
 */
export function formatDistance(meters: number, language: Language): string {
  if (meters < 995) {
    return unitFormat(language, 'meter', 0).format(Math.max(0, Math.round(meters / 10) * 10));
  }
  const km = meters / 1000;
  return unitFormat(language, 'kilometer', km < 99.95 ? 1 : 0).format(km);
}
