import type { Kysely } from 'kysely';
import type { DatasetsDatabase } from './db/database';

/**
 * Per-request state. It is a new object for every request because the DataLoaders
 * of loadable types are kept per context object.
 */
export interface DatasetsContext {
  db: Kysely<DatasetsDatabase>;
}

export function createDatasetsContext(db: Kysely<DatasetsDatabase>): DatasetsContext {
  return { db };
}
