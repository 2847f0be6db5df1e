import type { Kysely } from 'kysely';
import type { AccountsDatabase } from './database';

export function paymentsByIds(db: Kysely<AccountsDatabase>, ids: readonly string[]) {
  return db.selectFrom('payments').selectAll().where('id', 'in', ids).execute();
}
