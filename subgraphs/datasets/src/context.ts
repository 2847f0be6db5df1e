import { batchByKey, onlyUuids } from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import type { DatasetsDatabase } from './db/database';
import { datasetsByIds } from './db/dataset.repository';

/** Per-request state: loaders batch every entity lookup of one request into one query. */
export interface DatasetsContext {
  db: Kysely<DatasetsDatabase>;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(db: Kysely<DatasetsDatabase>) {
  return {
    dataset: batchByKey(
      onlyUuids((ids) => datasetsByIds(db, ids)),
      (d) => d.id,
    ),
  };
}

export function createDatasetsContext(db: Kysely<DatasetsDatabase>): DatasetsContext {
  return { db, loaders: createLoaders(db) };
}
