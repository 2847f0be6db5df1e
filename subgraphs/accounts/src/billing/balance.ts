import { type Kysely, sql } from 'kysely';
import type { AccountsDatabase } from '../db/database';
import type { Money } from '../schema/money';

/**
 * What accounts owe now, in cents (negative: a credit): what each was billed minus
 * what it paid. Billed = the opening balance its first statement carried in (its
 * previous balance, from before our records) plus every statement's new charges;
 * paid = its SUCCEEDED payments (PENDING and FAILED ones count for nothing).
 *
 * Partial payments leave the rest owing; an over-payment makes the balance negative,
 * a credit the next statement carries as a negative previous balance. Statements are
 * snapshots: this is the one live figure (the property test in balance.test.ts holds
 * it to bills minus payments whatever happens in between). In the accounts' order;
 * null for an id that is no account.
 */
export async function accountBalances(
  db: Kysely<AccountsDatabase>,
  accountIds: readonly string[],
): Promise<Array<Money | null>> {
  if (accountIds.length === 0) return [];
  const { rows } = await sql<{ id: string; currency: string; balance: string }>`
    select a.id, a.currency,
      coalesce((select b.previous_balance_cents from bills b
                 where b.utility_account_id = a.id
                 order by b.statement_date limit 1), 0)
      + coalesce((select sum(b.new_charges_cents) from bills b
                   where b.utility_account_id = a.id), 0)
      - coalesce((select sum(p.amount_cents) from payments p
                   where p.utility_account_id = a.id and p.status = 'SUCCEEDED'), 0)
      as balance
    from utility_accounts a
    where a.id = any(${accountIds}::uuid[])
  `.execute(db);
  const byId = new Map(
    rows.map((row) => [row.id, { cents: Number(row.balance), currency: row.currency }]),
  );
  return accountIds.map((id) => byId.get(id) ?? null);
}

/** One account's balance in cents (0 for an unknown account). */
export async function accountBalance(
  db: Kysely<AccountsDatabase>,
  accountId: string,
): Promise<number> {
  const [balance] = await accountBalances(db, [accountId]);
  return balance?.cents ?? 0;
}
