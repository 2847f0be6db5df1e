import type { Kysely } from 'kysely';
import type { AccountsDatabase } from './database';

type Db = Kysely<AccountsDatabase>;

export function utilityAccountsByIds(db: Db, ids: readonly string[]) {
  return db.selectFrom('utilityAccounts').selectAll().where('id', 'in', ids).execute();
}

export function utilityAccountByNumber(db: Db, accountNumber: string) {
  return db
    .selectFrom('utilityAccounts')
    .selectAll()
    .where('accountNumber', '=', accountNumber)
    .executeTakeFirst();
}

/** Whether the resident holds the account (is linked to it). */
export async function residentHolds(db: Db, residentId: string, utilityAccountId: string) {
  const row = await db
    .selectFrom('residentUtilityAccounts')
    .select('residentId')
    .where('residentId', '=', residentId)
    .where('utilityAccountId', '=', utilityAccountId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The accounts a resident holds, in the order they linked them. */
export function utilityAccountsOfResident(db: Db, residentId: string) {
  return db
    .selectFrom('residentUtilityAccounts as link')
    .innerJoin('utilityAccounts as account', 'account.id', 'link.utilityAccountId')
    .selectAll('account')
    .where('link.residentId', '=', residentId)
    .orderBy('link.linkedAt')
    .orderBy('account.id')
    .execute();
}

/** How many residents hold each account, by account id (accounts nobody holds: 0). */
export async function holderCounts(db: Db, accountIds: readonly string[]) {
  const rows = await db
    .selectFrom('residentUtilityAccounts')
    .select(['utilityAccountId', (eb) => eb.fn.countAll<number>().as('holders')])
    .where('utilityAccountId', 'in', accountIds)
    .groupBy('utilityAccountId')
    .execute();
  const counts = new Map(rows.map((row) => [row.utilityAccountId, Number(row.holders)]));
  return accountIds.map((id) => counts.get(id) ?? 0);
}

/** Links a resident to an account; linking twice is no change. */
export function linkResident(db: Db, residentId: string, utilityAccountId: string) {
  return db
    .insertInto('residentUtilityAccounts')
    .values({ residentId, utilityAccountId })
    .onConflict((oc) => oc.columns(['residentId', 'utilityAccountId']).doNothing())
    .execute();
}

/** Unlinks a resident from an account; true when they held it. */
export async function unlinkResident(db: Db, residentId: string, utilityAccountId: string) {
  const result = await db
    .deleteFrom('residentUtilityAccounts')
    .where('residentId', '=', residentId)
    .where('utilityAccountId', '=', utilityAccountId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
