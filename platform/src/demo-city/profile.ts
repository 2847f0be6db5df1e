/**
 * Loading and checking city profiles. A profile is hand-edited JSON, so the checks
 * report every problem at once, each naming the field, rather than failing on the first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { durationMs } from './duration';
import type { CityProfile } from './types';

const PROFILE_ID = /^[a-z0-9][a-z0-9-]*$/;
const LOCALES = ['en', 'es'];

type Check = (ok: boolean, problem: string) => void;

/**
 * Checks that `value` has the shape of a `CityProfile` and that its internal references
 * (department, asset type and district numbers) hold; throws one Error listing every
 * problem, prefixed with `source`.
 */
export function validateCityProfile(value: unknown, source = 'city profile'): CityProfile {
  const problems: string[] = [];
  const check: Check = (ok, problem) => {
    if (!ok) problems.push(problem);
  };
  if (!isObject(value)) throw new Error(`${source}: expected a JSON object`);
  const p = value as Partial<CityProfile> & Record<string, unknown>;

  for (const key of ['id', 'name', 'state', 'timeZone', 'jurisdictionId'] as const) {
    check(isText(p[key]), `${key} must be a non-empty string`);
  }
  check(p.numberPrefix === undefined || isText(p.numberPrefix), 'numberPrefix must be text');
  if (isText(p.timeZone)) check(isTimeZone(p.timeZone), `timeZone "${p.timeZone}" is unknown`);
  check(
    Array.isArray(p.locales) && p.locales.length > 0 && p.locales.every((l) => LOCALES.includes(l)),
    `locales must be a non-empty list of ${LOCALES.join(', ')}`,
  );
  const bbox = p.bbox;
  const bboxOk =
    Array.isArray(bbox) &&
    bbox.length === 4 &&
    bbox.every((n) => Number.isFinite(n)) &&
    bbox[0] < bbox[2] &&
    bbox[1] < bbox[3];
  check(bboxOk, 'bbox must be [west, south, east, north] with west < east and south < north');

  const boundaryType = p.boundary?.geometry?.type;
  check(
    p.boundary?.type === 'Feature' &&
      (boundaryType === 'Polygon' || boundaryType === 'MultiPolygon'),
    'boundary must be a GeoJSON Feature with a Polygon or MultiPolygon geometry',
  );
  checkDistricts(p, check);
  checkStreetGrid(p, check);
  const departmentCodes = checkDepartments(p, check);
  const assetTypeCodes = checkAssetTypes(p, departmentCodes, check);
  checkServices(p, departmentCodes, assetTypeCodes, check);
  checkDatasets(p, departmentCodes, check);
  check(
    isObject(p.people) && isTextList(p.people.givenNames) && isTextList(p.people.familyNames),
    'people must have non-empty givenNames and familyNames lists',
  );

  if (problems.length > 0) {
    throw new Error(`${source} is invalid:\n  - ${problems.join('\n  - ')}`);
  }
  return value as unknown as CityProfile;
}

/** The demo city when none is named: the reference city of the design. */
export const DEFAULT_CITY_PROFILE = 'phoenix';

/** Ids of the city profiles that ship with the generator (`cities/<id>.json`). */
export function listCityProfiles(): string[] {
  return readdirSync(fileURLToPath(new URL('./cities/', import.meta.url)))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/**
 * Reads and checks `cities/<id>.json` beside this module. Throws an Error naming the
 * file when it is missing, is not JSON, or is not a valid profile.
 */
export function loadCityProfile(id: string): CityProfile {
  if (!PROFILE_ID.test(id)) {
    throw new Error(`invalid city profile id "${id}": use lowercase letters, digits and dashes`);
  }
  const url = new URL(`./cities/${id}.json`, import.meta.url);
  const path = fileURLToPath(url);
  if (!existsSync(path)) throw new Error(`city profile "${id}" not found: no file at ${path}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`city profile "${id}" (${path}) is not valid JSON: ${reason}`);
  }
  const profile = validateCityProfile(parsed, `city profile "${id}" (${path})`);
  if (profile.id !== id) {
    throw new Error(`city profile file ${path} declares id "${profile.id}", expected "${id}"`);
  }
  return profile;
}

function checkDistricts(p: Partial<CityProfile>, check: Check): void {
  const features = p.districts?.features;
  check(
    p.districts?.type === 'FeatureCollection' && Array.isArray(features) && features.length > 0,
    'districts must be a non-empty GeoJSON FeatureCollection',
  );
  if (!Array.isArray(features)) return;
  const numbers = new Set<number>();
  features.forEach((feature, i) => {
    const n = feature?.properties?.number;
    check(feature?.geometry?.type === 'Polygon', `districts[${i}] must be a Polygon`);
    check(Number.isInteger(n), `districts[${i}].properties.number must be an integer`);
    check(isText(feature?.properties?.name), `districts[${i}].properties.name must be text`);
    check(!numbers.has(n), `district number ${n} appears twice`);
    numbers.add(n);
  });
}

function checkStreetGrid(p: Partial<CityProfile>, check: Check): void {
  const grid = p.streetGrid;
  check(
    isObject(grid) && Number.isFinite(grid.spacingMiles) && grid.spacingMiles > 0,
    'streetGrid.spacingMiles must be a positive number',
  );
  check(isTextList(grid?.northSouth), 'streetGrid.northSouth must be a non-empty list of names');
  check(isTextList(grid?.eastWest), 'streetGrid.eastWest must be a non-empty list of names');
  const origin = grid?.addressOrigin;
  if (origin !== undefined) {
    check(
      isObject(origin) && (grid?.northSouth ?? []).includes(origin.northSouth),
      'streetGrid.addressOrigin.northSouth must name a north-south arterial',
    );
    check(
      isObject(origin) && (grid?.eastWest ?? []).includes(origin.eastWest),
      'streetGrid.addressOrigin.eastWest must name an east-west arterial',
    );
  }
}

function checkDepartments(p: Partial<CityProfile>, check: Check): Set<string> {
  const codes = new Set<string>();
  check(
    Array.isArray(p.departments) && p.departments.length > 0,
    'departments must be a non-empty list',
  );
  for (const [i, d] of (p.departments ?? []).entries()) {
    check(isText(d?.code), `departments[${i}].code must be text`);
    check(!codes.has(d?.code), `department code ${d?.code} appears twice`);
    codes.add(d?.code);
    check(isBilingual(d?.name), `departments[${i}].name must have en and es text`);
    check(isTextList(d?.crews), `departments[${i}].crews must be a non-empty list of names`);
  }
  return codes;
}

function checkAssetTypes(
  p: Partial<CityProfile>,
  departmentCodes: Set<string>,
  check: Check,
): Set<string> {
  const codes = new Set<string>();
  const prefixes = new Set<string>();
  check(Array.isArray(p.assetTypes), 'assetTypes must be a list');
  for (const [i, t] of (p.assetTypes ?? []).entries()) {
    check(isText(t?.code), `assetTypes[${i}].code must be text`);
    check(!codes.has(t?.code), `asset type code ${t?.code} appears twice`);
    codes.add(t?.code);
    const prefix = t?.tagPrefix ?? String(t?.code ?? '').slice(0, 3);
    check(!prefixes.has(prefix), `asset tag prefix ${prefix} is used by two asset types`);
    prefixes.add(prefix);
    check(isBilingual(t?.name), `assetTypes[${i}].name must have en and es text`);
    check(
      t?.geometry === 'POINT' || t?.geometry === 'LINE',
      `assetTypes[${i}].geometry must be POINT or LINE`,
    );
    check(
      departmentCodes.has(t?.departmentCode),
      `assetTypes[${i}].departmentCode ${t?.departmentCode} is not a department`,
    );
    check(
      Number.isFinite(t?.perMile) && t.perMile >= 0,
      `assetTypes[${i}].perMile must be a number ≥ 0`,
    );
  }
  return codes;
}

function checkServices(
  p: Partial<CityProfile>,
  departmentCodes: Set<string>,
  assetTypeCodes: Set<string>,
  check: Check,
): void {
  const codes = new Set<string>();
  check(Array.isArray(p.services) && p.services.length > 0, 'services must be a non-empty list');
  for (const [i, s] of (p.services ?? []).entries()) {
    check(isText(s?.code), `services[${i}].code must be text`);
    check(!codes.has(s?.code), `service code ${s?.code} appears twice`);
    codes.add(s?.code);
    check(
      departmentCodes.has(s?.departmentCode),
      `services[${i}].departmentCode ${s?.departmentCode} is not a department`,
    );
    for (const key of ['group', 'name', 'description'] as const) {
      check(isBilingual(s?.[key]), `services[${i}].${key} must have en and es text`);
    }
    check(Array.isArray(s?.keywords), `services[${i}].keywords must be a list`);
    check(
      Number.isFinite(s?.slaHours) && s.slaHours > 0,
      `services[${i}].slaHours must be positive`,
    );
    check(
      s?.assetTypeCode === null || assetTypeCodes.has(s?.assetTypeCode),
      `services[${i}].assetTypeCode ${s?.assetTypeCode} is not an asset type (or null)`,
    );
    check(Number.isFinite(s?.weight) && s.weight >= 0, `services[${i}].weight must be ≥ 0`);
  }
  check(
    (p.services ?? []).some((s) => s?.weight > 0),
    'at least one service must have a positive weight',
  );
}

function checkDatasets(p: Partial<CityProfile>, departmentCodes: Set<string>, check: Check): void {
  check(Array.isArray(p.datasets), 'datasets must be a list');
  const slugs = new Set<string>();
  for (const [i, d] of (p.datasets ?? []).entries()) {
    check(isText(d?.slug) && !slugs.has(d.slug), `datasets[${i}].slug must be unique text`);
    slugs.add(d?.slug);
    check(isText(d?.title), `datasets[${i}].title must be text`);
    check(isText(d?.description), `datasets[${i}].description must be text`);
    check(Array.isArray(d?.keywords), `datasets[${i}].keywords must be a list`);
    check(Array.isArray(d?.theme), `datasets[${i}].theme must be a list`);
    check(
      typeof d?.accrualPeriodicity === 'string' && durationMs(d.accrualPeriodicity) !== null,
      `datasets[${i}].accrualPeriodicity must be an ISO 8601 duration such as R/P1D`,
    );
    check(
      departmentCodes.has(d?.publisherDepartmentCode),
      `datasets[${i}].publisherDepartmentCode ${d?.publisherDepartmentCode} is not a department`,
    );
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every(isText);
}

function isBilingual(value: unknown): boolean {
  return isObject(value) && isText(value.en) && isText(value.es);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
