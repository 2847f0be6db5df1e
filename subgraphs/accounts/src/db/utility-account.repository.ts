import type { Kysely } from 'kysely';
import type { AccountsDatabase } from './database';

export function utilityAccountsByIds(db: Kysely<AccountsDatabase>, ids: readonly string[]) {
  return db.selectFrom('utilityAccounts').selectAll().where('id', 'in', ids).execute();
}
