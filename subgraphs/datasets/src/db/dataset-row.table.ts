import type { ColumnType, Generated, Selectable } from 'kysely';
import type { ColumnTypeName } from '../rows/column-types';

/** One column of a dataset's data dictionary. */
export interface DatasetColumnTable {
  datasetId: string;
  position: number;
  name: string;
  type: ColumnTypeName;
  description: Generated<string>;
}

export type DatasetColumn = Selectable<DatasetColumnTable>;

/** A row's values by column name, each as `column-types.ts` says its type is stored. */
export type RowValues = Record<string, string | number | boolean | null>;

/**
 * One row of a dataset. `rowKey` is its identity within the dataset (a line number for
 * an upload, a request number for the live 311 data); `lon`/`lat` mirror its
 * `longitude`/`latitude` columns when the dataset has them (bbox filters, GeoJSON).
 */
export interface DatasetRowTable {
  datasetId: string;
  rowKey: string;
  values: ColumnType<RowValues, string, string>;
  lon: number | null;
  lat: number | null;
  updatedAt: Generated<Date>;
}

export type DatasetRow = Selectable<DatasetRowTable>;

/** How far a live publisher has read its source. */
export interface PublisherPositionTable {
  publisher: string;
  /** bigint: pg reads it as a string. */
  lastEventId: ColumnType<string, string | number, string | number>;
  updatedAt: Generated<Date>;
}

/** The 311 publisher's map from a request's id (in its events) to its published row. */
export interface LiveRequestKeyTable {
  serviceRequestId: string;
  rowKey: string;
}
