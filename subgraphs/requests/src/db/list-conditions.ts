import { type Bbox, degreesPerMeter } from '@civicgraph/platform';
import { type RawBuilder, sql } from 'kysely';

/** A circle on the map: everything within `radiusMeters` of the point. */
export interface Near {
  lon: number;
  lat: number;
  radiusMeters: number;
}

/** The shared filters of both lists: where, when and what the text says. */
export interface PlaceTimeTextFilter {
  bbox?: Bbox | null;
  near?: Near | null;
  /** Inclusive lower and exclusive upper bounds of the row's update time. */
  updatedAfter?: Date | null;
  updatedBefore?: Date | null;
  /** At least three characters: trigram indexes need them. */
  text?: string | null;
}

/**
 * `expression in (values)` for a list filter; an empty list matches nothing (`in ()`
 * is a syntax error in SQL).
 */
export function oneOf(
  expression: RawBuilder<unknown>,
  values: readonly (string | number)[],
): RawBuilder<boolean> {
  return values.length > 0
    ? sql<boolean>`${expression} in (${sql.join(values)})`
    : sql<boolean>`false`;
}

/**
 * A filter on one column that takes one value (the GraphQL lists' filters) or any of
 * several (the map tiles' query parameters, `?department=a,b`).
 */
export type OneOrMany<T extends string | number> = T | readonly T[];

/**
 * `column = value`, or `column in (values)` for a list (empty: matches nothing), so
 * that a list filter and a tile filter on the same column are one condition.
 */
export function equalsAny(
  column: string,
  value: OneOrMany<string> | OneOrMany<number>,
): RawBuilder<boolean> {
  return Array.isArray(value)
    ? oneOf(sql.ref(column), value)
    : sql<boolean>`${sql.ref(column)} = ${value}`;
}

/** Inside the box (edges included); served by the GiST index on point(lon, lat). */
export function insideBox(box: Bbox): RawBuilder<boolean> {
  return sql<boolean>`point(lon, lat) <@ box(point(${box.west}, ${box.south}), point(${box.east}, ${box.north}))`;
}

/**
 * Within the radius: the circle's bounding box (GiST index) and then the distance,
 * equirectangular like the platform's distanceMeters (well under 1 % over a city).
 */
export function nearPoint(near: Near): RawBuilder<boolean> {
  const perMeter = degreesPerMeter(near.lat);
  const dLon = near.radiusMeters * perMeter.lon;
  const dLat = near.radiusMeters * perMeter.lat;
  const box = insideBox({
    west: near.lon - dLon,
    south: near.lat - dLat,
    east: near.lon + dLon,
    north: near.lat + dLat,
  });
  return sql<boolean>`(${box} and ((lon - ${near.lon}) / ${perMeter.lon}::float8) ^ 2 + ((lat - ${near.lat}) / ${perMeter.lat}::float8) ^ 2 <= ${near.radiusMeters * near.radiusMeters}::float8)`;
}

/** Trigram indexes find nothing shorter. */
export const MIN_TEXT_LENGTH = 3;
export const MAX_TEXT_LENGTH = 200;

/**
 * The text filter's rule, the same for lists and map tiles: trimmed, 3 to 200
 * characters, no NUL (Postgres refuses it). Returns the text to search for, or what
 * is wrong with it.
 */
export function checkedFilterText(text: string): { text: string } | { problem: string } {
  const trimmed = text.trim();
  if (trimmed.length < MIN_TEXT_LENGTH || trimmed.length > MAX_TEXT_LENGTH) {
    return { problem: `must be ${MIN_TEXT_LENGTH} to ${MAX_TEXT_LENGTH} characters` };
  }
  if (trimmed.includes('\u0000')) return { problem: 'must not contain a NUL character' };
  return { text: trimmed };
}

/** `ilike '%text%'` with the text's own `%`, `_` and `\` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
