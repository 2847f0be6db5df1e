import type { Kysely } from 'kysely';
import type { AccountsDatabase } from './database';

/** What payBill needs of the account it pays toward: that it exists, and its currency. */
export function payableAccount(db: Kysely<AccountsDatabase>, accountId: string) {
  return db
    .selectFrom('utilityAccounts')
    .select(['id', 'currency'])
    .where('id', '=', accountId)
    .executeTakeFirst();
}

/** Whether the bill is one of the account's (a payment may name it). */
export async function isBillOfAccount(
  db: Kysely<AccountsDatabase>,
  billId: string,
  accountId: string,
) {
  const bill = await db
    .selectFrom('bills')
    .select('id')
    .where('id', '=', billId)
    .where('utilityAccountId', '=', accountId)
    .executeTakeFirst();
  return bill !== undefined;
}
