import type { Kysely } from 'kysely';
import type { RequestsDatabase } from './db/database';

/**
 * Per-request state. It is a new object for every request because the DataLoaders
 * of loadable types are kept per context object.
 */
export interface RequestsContext {
  db: Kysely<RequestsDatabase>;
}

export function createRequestsContext(db: Kysely<RequestsDatabase>): RequestsContext {
  return { db };
}
