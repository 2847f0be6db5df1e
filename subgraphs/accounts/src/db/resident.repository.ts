import type { Kysely } from 'kysely';
import type { AccountsDatabase } from './database';

export function residentsByIds(db: Kysely<AccountsDatabase>, ids: readonly string[]) {
  return db.selectFrom('residents').selectAll().where('id', 'in', ids).execute();
}
