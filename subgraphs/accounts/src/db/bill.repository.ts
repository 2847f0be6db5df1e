import type { Kysely } from 'kysely';
import type { AccountsDatabase } from './database';

export function billsByIds(db: Kysely<AccountsDatabase>, ids: readonly string[]) {
  return db.selectFrom('bills').selectAll().where('id', 'in', ids).execute();
}
