import type { CitySettings } from '../db/city.repository';
import { Open311Error } from './open311-error';

/**
 * `jurisdiction_id`, where a client gives it (the query, or a POST's form): this
 * deployment serves one city, so it may be left out; given, it must be the city's
 * (case-insensitive). Another is a 404, as the spec says ("jurisdiction_id provided was
 * not found"); given twice, differently, a 400.
 */
export function checkJurisdiction(city: CitySettings, given: readonly string[]) {
  const distinct = [...new Set(given.map((value) => value.trim().toLowerCase()))];
  if (distinct.length > 1) {
    throw new Open311Error(400, 'jurisdiction_id is given more than once, with different values');
  }
  const [value] = distinct;
  if (value === undefined || value === city.city.jurisdictionId.toLowerCase()) return;
  throw new Open311Error(
    404,
    `jurisdiction_id ${value.slice(0, 80)} was not found: this endpoint serves ${city.city.jurisdictionId}`,
  );
}
