import type { Locale, MultiPolygon, Polygon } from '@civicgraph/platform';
import type { ColumnType, Generated, Selectable } from 'kysely';

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
  /** The box the city limits fit in (a `Bbox`), WGS84 degrees. */
  west: number;
  south: number;
  east: number;
  north: number;
  // jsonb: written as JSON text, read back parsed by `pg`.
  boundary: ColumnType<Polygon | MultiPolygon, string, string>;
  createdAt: Generated<Date>;
}

export type City = Selectable<CityTable>;
