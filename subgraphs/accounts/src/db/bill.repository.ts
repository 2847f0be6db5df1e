import type { KeysetPage } from '@civicgraph/platform';
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Bill, BillLineItem } from './bill.table';
import type { AccountsDatabase } from './database';

type Db = Kysely<AccountsDatabase>;

/** A bill as resolvers get it: its dates as the city's calendar dates, 'YYYY-MM-DD'. */
export type BillRecord = Omit<Bill, 'periodStart' | 'periodEnd' | 'statementDate' | 'dueDate'> & {
  periodStart: string;
  periodEnd: string;
  statementDate: string;
  dueDate: string;
};

/** Sort key of an account's bills (newest first), also the cursor of their pages. */
export interface BillCursor {
  statementDate: string;
  id: string;
}

/**
 * Every column, dates as text: pg would turn a `date` into a JS Date at midnight in
 * the server's zone, which is another day for half the world.
 */
function billColumns(eb: ExpressionBuilder<AccountsDatabase, 'bills'>) {
  return [
    'bills.id',
    'bills.utilityAccountId',
    eb.cast<string>('bills.periodStart', 'text').as('periodStart'),
    eb.cast<string>('bills.periodEnd', 'text').as('periodEnd'),
    eb.cast<string>('bills.statementDate', 'text').as('statementDate'),
    eb.cast<string>('bills.dueDate', 'text').as('dueDate'),
    'bills.previousBalanceCents',
    'bills.paymentsReceivedCents',
    'bills.newChargesCents',
    'bills.amountDueCents',
    'bills.currency',
    'bills.createdAt',
  ] as const;
}

export function billsByIds(db: Db, ids: readonly string[]): Promise<BillRecord[]> {
  return db.selectFrom('bills').select(billColumns).where('id', 'in', ids).execute();
}

/** One page of an account's bills, newest statement first (keyset pagination). */
export function pageOfBills(
  db: Db,
  utilityAccountId: string,
  page: KeysetPage<BillCursor>,
): Promise<BillRecord[]> {
  // Newest first: "after" a cursor means older than it.
  const direction = page.inverted ? 'asc' : 'desc';
  let query = db
    .selectFrom('bills')
    .select(billColumns)
    .where('utilityAccountId', '=', utilityAccountId);
  if (page.after) {
    const { statementDate, id } = page.after;
    query = query.where(sql<boolean>`(statement_date, id) < (${statementDate}::date, ${id}::uuid)`);
  }
  if (page.before) {
    const { statementDate, id } = page.before;
    query = query.where(sql<boolean>`(statement_date, id) > (${statementDate}::date, ${id}::uuid)`);
  }
  return query
    .orderBy('statementDate', direction)
    .orderBy('id', direction)
    .limit(page.limit)
    .execute();
}

export async function countBills(db: Db, utilityAccountId: string) {
  const row = await db
    .selectFrom('bills')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('utilityAccountId', '=', utilityAccountId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** A line item with its bill's currency. */
export type LineItemRecord = BillLineItem & { currency: string };

/** The line items of several bills, grouped by bill id in the order of `billIds`. */
export async function lineItemsOfBills(
  db: Db,
  billIds: readonly string[],
): Promise<LineItemRecord[][]> {
  const rows = await db
    .selectFrom('billLineItems')
    .innerJoin('bills', 'bills.id', 'billLineItems.billId')
    .selectAll('billLineItems')
    .select('bills.currency')
    .where('billLineItems.billId', 'in', billIds)
    .orderBy('billLineItems.billId')
    .orderBy('billLineItems.position')
    .execute();
  const byBill = new Map<string, LineItemRecord[]>();
  for (const row of rows) {
    const items = byBill.get(row.billId) ?? [];
    items.push(row);
    byBill.set(row.billId, items);
  }
  return billIds.map((id) => byBill.get(id) ?? []);
}

/** What a bill's status is decided from, read at once for several bills. */
export interface BillStatusFacts {
  amountDueCents: number;
  /** SUCCEEDED payments toward the account since the statement date began in the city. */
  paidSinceStatementCents: number;
  /** The due date has passed in the city's time zone (today there is after it). */
  dueDatePassed: boolean;
}

/**
 * The status facts of several bills, in the order of `billIds`. Dates are the city's:
 * the time zone is billing_settings' (UTC when no city has set one).
 */
export async function billStatusFacts(
  db: Db,
  billIds: readonly string[],
): Promise<BillStatusFacts[]> {
  const { rows } = await sql<{ id: string; due: number; paid: number; passed: boolean }>`
    with city as (
      select coalesce((select time_zone from billing_settings), 'UTC') as zone
    )
    select b.id, b.amount_due_cents as due,
      coalesce((select sum(p.amount_cents) from payments p
        where p.utility_account_id = b.utility_account_id and p.status = 'SUCCEEDED'
          and coalesce(p.settled_at, p.created_at)
              >= (b.statement_date::timestamp at time zone city.zone)), 0) as paid,
      (now() at time zone city.zone)::date > b.due_date as passed
    from bills b cross join city
    where b.id = any(${billIds}::uuid[])`.execute(db);
  const facts = new Map(rows.map((row) => [row.id, row]));
  return billIds.map((id) => {
    const row = facts.get(id);
    return {
      amountDueCents: Number(row?.due ?? 0),
      paidSinceStatementCents: Number(row?.paid ?? 0),
      dueDatePassed: row?.passed ?? false,
    };
  });
}
