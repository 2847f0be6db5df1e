/**
 * The types a dataset's column may have, and how a value of each is kept in a row's
 * `values` (jsonb) and written in exports: text as a string; integer and number as a
 * JSON number (integers are whole, within ±2^53); boolean as true/false; date as
 * `YYYY-MM-DD`; datetime as an ISO 8601 instant with offset (`…Z` when stored). Any
 * value may be null (an empty CSV cell).
 *
 * A dataset has a geometry when it has two number columns named `longitude` and
 * `latitude` (WGS84 degrees): the row's `lon`/`lat` mirror them, for bbox filters and
 * GeoJSON.
 */
export const columnTypeNames = [
  'text',
  'integer',
  'number',
  'boolean',
  'date',
  'datetime',
] as const;
export type ColumnTypeName = (typeof columnTypeNames)[number];

export const LONGITUDE_COLUMN = 'longitude';
export const LATITUDE_COLUMN = 'latitude';

/** A column's name: what a CSV header, a filter and a GraphQL client can all say. */
export const COLUMN_NAME = /^[a-z][a-z0-9_]{0,62}$/;
