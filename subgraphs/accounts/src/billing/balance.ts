import { type Kysely, sql } from 'kysely';
import type { AccountsDatabase } from '../db/database';

/**
 * What an account owes now, in cents (negative: a credit): what it was billed minus
 * what it paid. Billed = the opening balance its first statement carried in (its
 * previous balance, from before our records) plus every statement's new charges;
 * paid = its SUCCEEDED payments (PENDING and FAILED ones count for nothing).
 *
 * Partial payments leave the rest owing; an over-payment makes the balance negative,
 * a credit the next statement carries as a negative previous balance. Statements are
 * snapshots: this is the one live figure (the property test in balance.test.ts holds
 * it to bills minus payments whatever happens in between).
 */
export async function accountBalance(
  db: Kysely<AccountsDatabase>,
  accountId: string,
): Promise<number> {
  const { rows } = await sql<{ balance: string }>`
    select
      coalesce((select previous_balance_cents from bills
                 where utility_account_id = ${accountId}
                 order by statement_date limit 1), 0)
      + coalesce((select sum(new_charges_cents) from bills
                   where utility_account_id = ${accountId}), 0)
      - coalesce((select sum(amount_cents) from payments
                   where utility_account_id = ${accountId} and status = 'SUCCEEDED'), 0)
      as balance
  `.execute(db);
  return Number(rows[0]?.balance ?? 0);
}
