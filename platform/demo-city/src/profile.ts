/** Loading and checking city profiles (`cities/<id>.json`) against `cityProfileSchema`. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { type CityProfile, cityProfileSchema } from './profile-schema';

/** `services[0].departmentCode`: where in the profile a problem is. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function describe(issue: z.core.$ZodIssue): string {
  return issue.path.length > 0 ? `${fieldPath(issue.path)}: ${issue.message}` : issue.message;
}

/**
 * Checks that `value` is a valid `CityProfile` (shape, and the references between its
 * departments, asset types, services and datasets); throws one Error listing every
 * problem, prefixed with `source`.
 */
export function validateCityProfile(value: unknown, source = 'city profile'): CityProfile {
  const result = cityProfileSchema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map(describe);
  throw new Error(`${source} is invalid:\n  - ${problems.join('\n  - ')}`);
}

/** The demo city when none is named: the reference city of the design. */
export const DEFAULT_CITY_PROFILE = 'phoenix';

const PROFILE_ID = /^[a-z0-9][a-z0-9-]*$/;

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
  const path = fileURLToPath(new URL(`./cities/${id}.json`, import.meta.url));
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
