import { isUuid } from '../graphql/ids';
import { badArgument } from './route-refused';

/** A parsed query string, as Fastify gives it: a repeated name is an array. */
export type QueryParams = Record<string, string | string[] | undefined>;

function values(query: QueryParams, name: string): string[] | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  const all = (Array.isArray(raw) ? raw : [raw]).flatMap((value) => value.split(','));
  const trimmed = all.map((value) => value.trim()).filter((value) => value !== '');
  return trimmed.length > 0 ? trimmed : undefined;
}

/**
 * `?status=NEW,ASSIGNED` or `?status=NEW&status=ASSIGNED`: the distinct values, each one
 * of `allowed` (case-insensitive, answered in `allowed`'s spelling); absent or empty is
 * undefined (no filter). An unknown value is a 400 naming it and the allowed ones.
 */
export function enumListParam<T extends string>(
  query: QueryParams,
  name: string,
  allowed: readonly T[],
): T[] | undefined {
  const given = values(query, name);
  if (!given) return undefined;
  const chosen = new Set<T>();
  for (const value of given) {
    const match = allowed.find((option) => option.toLowerCase() === value.toLowerCase());
    if (!match) {
      throw badArgument(
        name,
        `${name} may be ${allowed.join(', ')}; "${value.slice(0, 40)}" is not one`,
        {
          allowed,
        },
      );
    }
    chosen.add(match);
  }
  return [...chosen];
}

/** A list of the API's ids (UUIDs), lowercased; anything else is a 400. At most `max`. */
export function idListParam(query: QueryParams, name: string, max = 100): string[] | undefined {
  const given = values(query, name);
  if (!given) return undefined;
  if (given.length > max) throw badArgument(name, `${name} takes at most ${max} ids`, { max });
  for (const value of given) {
    if (!isUuid(value)) throw badArgument(name, `${name} must be ids this API returned`);
  }
  return [...new Set(given.map((value) => value.toLowerCase()))];
}

/** A list of short codes (service codes and the like): letters, digits, `-` and `_`. */
export function codeListParam(query: QueryParams, name: string, max = 100): string[] | undefined {
  const given = values(query, name);
  if (!given) return undefined;
  if (given.length > max) throw badArgument(name, `${name} takes at most ${max} codes`, { max });
  for (const value of given) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) {
      throw badArgument(name, `${name} must be codes of letters, digits, - and _`);
    }
  }
  return [...new Set(given)];
}

/** `true` or `false` (also `1`/`0`); absent is undefined; anything else is a 400. */
export function booleanParam(query: QueryParams, name: string): boolean | undefined {
  const given = values(query, name);
  if (!given) return undefined;
  const [value] = given;
  if (given.length === 1 && (value === 'true' || value === '1')) return true;
  if (given.length === 1 && (value === 'false' || value === '0')) return false;
  throw badArgument(name, `${name} must be true or false`);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Whether the `YYYY-MM-DD` a value starts with is a day of the calendar: JavaScript
 * reads `2026-02-30` as March 2nd rather than refusing it.
 */
function isCalendarDate(value: string): boolean {
  const day = value.slice(0, 10);
  const midnight = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(midnight.getTime()) && midnight.toISOString().slice(0, 10) === day;
}

/**
 * An ISO 8601 instant (`2026-11-29T08:00:00Z`, offset required) or date
 * (`2026-11-29`, read as midnight UTC); anything else, a day that does not exist
 * included, is a 400.
 */
export function instantParam(query: QueryParams, name: string): Date | undefined {
  const given = values(query, name);
  if (!given) return undefined;
  const [value = ''] = given;
  const text = ISO_DATE.test(value) ? `${value}T00:00:00Z` : value;
  const instant = new Date(text);
  if (
    given.length > 1 ||
    !(ISO_DATE.test(value) || ISO_DATE_TIME.test(value)) ||
    !isCalendarDate(value) ||
    Number.isNaN(instant.getTime())
  ) {
    throw badArgument(
      name,
      `${name} must be an ISO 8601 date (2026-11-29) or date-time with an offset`,
    );
  }
  return instant;
}

const DISTRICT_NUMBER = /^[1-9][0-9]{0,3}$/;

/**
 * Council districts, numbered from 1: `?district=1,3`, distinct and in order; anything
 * else, or more than `max`, is a 400 naming the parameter.
 */
export function districtListParam(
  query: QueryParams,
  name = 'district',
  max = 100,
): number[] | undefined {
  const given = values(query, name);
  if (!given) return undefined;
  if (given.length > max)
    throw badArgument(name, `${name} takes at most ${max} districts`, { max });
  for (const value of given) {
    if (!DISTRICT_NUMBER.test(value)) {
      throw badArgument(name, `${name} must be district numbers (from 1), as in ?${name}=1,3`);
    }
  }
  return [...new Set(given.map(Number))].sort((a, b) => a - b);
}

/**
 * Refuses a parameter the route does not take: a misspelt filter (`stauts=OPEN`) would
 * otherwise silently show everything.
 */
export function refuseUnknownParams(query: QueryParams, known: readonly string[]) {
  for (const name of Object.keys(query)) {
    if (!known.includes(name)) {
      throw badArgument(
        name.slice(0, 40),
        `Unknown parameter; this route takes ${known.join(', ')}`,
        {
          allowed: known,
        },
      );
    }
  }
}
