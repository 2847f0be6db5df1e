import type { DatasetTable } from './dataset.table';

/** The tables of the `datasets` schema, as Kysely sees them (camelCase). */
export interface DatasetsDatabase {
  datasets: DatasetTable;
}
