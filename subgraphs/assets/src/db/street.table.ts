import type { LineString } from '@civicgraph/platform';
import type { ColumnType, Selectable } from 'kysely';

// Alphabetical, the order streets are listed in.
export const streetAxes = ['EAST_WEST', 'NORTH_SOUTH'] as const;
export type StreetAxis = (typeof streetAxes)[number];

/** An arterial of the city's street grid. */
export interface StreetTable {
  id: string;
  name: string;
  axis: StreetAxis;
  // jsonb: written as JSON text, read back parsed by `pg`.
  geometry: ColumnType<LineString, string, string>;
  /** Great-circle length of the line, computed when it is written. */
  lengthM: number;
}

export type Street = Selectable<StreetTable>;
