import type { Locale, MultiPolygon, Polygon } from '@civicgraph/platform';
import type { ColumnType, Generated, Selectable } from 'kysely';

/** [west, south, east, north] in WGS84 degrees, as GeoJSON writes a bbox. */
export type BBoxArray = [west: number, south: number, east: number, north: number];

/** The one city this deployment serves (a single row). */
export interface CityTable {
  /** The city profile's id, e.g. "phoenix". */
  id: string;
  name: string;
  state: string;
  /** IANA time zone, e.g. America/Phoenix. */
  timeZone: string;
  /** Open311 jurisdiction_id. */
  jurisdictionId: string;
  locales: Locale[];
  bbox: BBoxArray;
  // jsonb: written as JSON text, read back parsed by `pg`.
  boundary: ColumnType<Polygon | MultiPolygon, string, string>;
  createdAt: Generated<Date>;
}

export type City = Selectable<CityTable>;
