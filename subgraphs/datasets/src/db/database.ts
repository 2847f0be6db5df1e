import type { Kysely } from 'kysely';
import type { DatasetTable } from './dataset.table';

/** The tables of the `datasets` schema, as Kysely sees them (camelCase). */
export interface DatasetsDatabase {
  datasets: DatasetTable;
}

export type DatasetsDb = Kysely<DatasetsDatabase>;
