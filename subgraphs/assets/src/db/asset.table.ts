import type { ColumnType, Generated } from 'kysely';

export const assetStatuses = ['ACTIVE', 'OUT_OF_SERVICE', 'RETIRED'] as const;
export type AssetStatus = (typeof assetStatuses)[number];

/** A GeoJSON LineString ([lon, lat] positions), as stored in `assets.line`. */
export interface GeoJsonLineString {
  type: 'LineString';
  coordinates: number[][];
}

export interface AssetTable {
  id: string;
  assetTypeId: string;
  tag: string;
  status: AssetStatus;
  lon: number;
  lat: number;
  // jsonb: written as JSON text, read back parsed by `pg`.
  line: ColumnType<GeoJsonLineString | null, string | null, string | null>;
  streetName: string;
  district: number | null;
  // `pg` would turn a date into a Date at local midnight; reads cast it to text instead.
  installedOn: ColumnType<Date, string, string>;
  version: Generated<number>;
  /** 1 = failed … 5 = as new; null (with the date) until a first inspection. */
  conditionScore: number | null;
  conditionInspectedOn: ColumnType<Date | null, string | null, string | null>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

/** An asset as the repository returns it (see `assetColumns`). */
export interface Asset {
  id: string;
  assetTypeId: string;
  tag: string;
  status: AssetStatus;
  lon: number;
  lat: number;
  line: GeoJsonLineString | null;
  streetName: string;
  district: number | null;
  /** YYYY-MM-DD */
  installedOn: string;
  version: number;
  conditionScore: number | null;
  /** YYYY-MM-DD */
  conditionInspectedOn: string | null;
}
