import { batchByKey, onlyUuids } from '@civicgraph/platform';
import type { DatasetsDb } from './db/database';
import { datasetsByIds } from './db/dataset.repository';

/** Per-request state: loaders batch every entity lookup of one request into one query. */
export interface DatasetsContext {
  db: DatasetsDb;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(db: DatasetsDb) {
  return {
    dataset: batchByKey(
      onlyUuids((ids) => datasetsByIds(db, ids)),
      (d) => d.id,
    ),
  };
}

export function createDatasetsContext(db: DatasetsDb): DatasetsContext {
  return { db, loaders: createLoaders(db) };
}
