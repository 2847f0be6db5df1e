import type { Polygon } from '@civicgraph/platform';
import type { ColumnType, Selectable } from 'kysely';

/** A council district: its polygon, and that polygon's bounding box for cheap filtering. */
export interface DistrictTable {
  number: number;
  name: string;
  // jsonb: written as JSON text, read back parsed by `pg`.
  boundary: ColumnType<Polygon, string, string>;
  west: number;
  south: number;
  east: number;
  north: number;
}

export type District = Selectable<DistrictTable>;
