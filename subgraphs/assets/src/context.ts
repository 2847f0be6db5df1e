import type { Kysely } from 'kysely';
import type { AssetsDatabase } from './db/database';

/**
 * Per-request state. It is a new object for every request because the DataLoaders
 * of loadable types are kept per context object.
 */
export interface AssetsContext {
  db: Kysely<AssetsDatabase>;
}

export function createAssetsContext(db: Kysely<AssetsDatabase>): AssetsContext {
  return { db };
}
