import type { Kysely } from 'kysely';
import type { AccountsDatabase } from './db/database';

/**
 * Per-request state. It is a new object for every request because the DataLoaders
 * of loadable types are kept per context object.
 */
export interface AccountsContext {
  db: Kysely<AccountsDatabase>;
}

export function createAccountsContext(db: Kysely<AccountsDatabase>): AccountsContext {
  return { db };
}
