import type { DatasetTable } from './dataset.table';
import type {
  DatasetColumnTable,
  DatasetRowTable,
  LiveRequestKeyTable,
  PublisherPositionTable,
} from './dataset-row.table';

/** The tables of the `datasets` schema, as Kysely sees them (camelCase). */
export interface DatasetsDatabase {
  datasets: DatasetTable;
  datasetColumns: DatasetColumnTable;
  datasetRows: DatasetRowTable;
  publisherPositions: PublisherPositionTable;
  liveRequestKeys: LiveRequestKeyTable;
}
