import { pointInPolygon } from '@civicgraph/platform';
import type { CitySettings } from '../db/city.repository';
import { ChangeRefused, invalidInput } from '../lifecycle/change-refused';

/**
 * Where a request is: a finite WGS84 point inside the city's boundary, and the council
 * district it falls in (null between districts: a boundary need not be tiled). Districts
 * share edges; `pointInPolygon`'s half-open rule puts a point on an edge in one of them.
 */
export function checkedLocation(
  settings: CitySettings,
  lon: number,
  lat: number,
): { lon: number; lat: number; district: number | null } {
  if (!Number.isFinite(lon) || lon < -180 || lon > 180) {
    throw invalidInput('location.lon', 'Longitude must be a number from -180 to 180');
  }
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) {
    throw invalidInput('location.lat', 'Latitude must be a number from -90 to 90');
  }
  if (!pointInPolygon(settings.city.boundary, lon, lat)) {
    throw new ChangeRefused(
      'OUTSIDE_CITY',
      `${lon}, ${lat} lies outside ${settings.city.name}: the city cannot act there`,
      { field: 'location', lon, lat },
    );
  }
  const district = settings.districts.find((d) => pointInPolygon(d.geometry, lon, lat));
  return { lon, lat, district: district?.number ?? null };
}
