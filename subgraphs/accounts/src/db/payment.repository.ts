import type { KeysetPage } from '@civicgraph/platform';
import type { Insertable } from 'kysely';
import { type Kysely, sql } from 'kysely';
import type { SettledCharge } from '../payments/processor';
import type { AccountsDatabase } from './database';
import type { PaymentTable } from './payment.table';

type Db = Kysely<AccountsDatabase>;

export function paymentsByIds(db: Db, ids: readonly string[]) {
  return db.selectFrom('payments').selectAll().where('id', 'in', ids).execute();
}

export type NewPayment = Omit<
  Insertable<PaymentTable>,
  | 'id'
  | 'createdAt'
  | 'status'
  | 'processorReference'
  | 'failureCode'
  | 'settledAt'
  | 'receiptNumber'
>;

/**
 * Records a PENDING payment unless its (scope, key) exists: the unique constraint
 * decides, so of any number of concurrent requests with one key exactly one gets the
 * row back (and charges); the others get undefined.
 */
export function insertPaymentOnce(db: Db, payment: NewPayment) {
  return db
    .insertInto('payments')
    .values({ ...payment, status: 'PENDING' })
    .onConflict((oc) => oc.columns(['idempotencyScope', 'idempotencyKey']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function paymentByKey(db: Db, scope: string, key: string) {
  return db
    .selectFrom('payments')
    .selectAll()
    .where('idempotencyScope', '=', scope)
    .where('idempotencyKey', '=', key)
    .executeTakeFirst();
}

export function paymentById(db: Db, id: string) {
  return db.selectFrom('payments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/**
 * Settles a PENDING payment with the processor's answer (null: it never received the
 * charge). Only a PENDING payment changes: whoever settles first wins, a late second
 * answer (the payer's call and reconciliation) changes nothing. A success gets its
 * receipt number here. Returns the payment as it now is.
 */
export async function settlePendingPayment(db: Db, id: string, charge: SettledCharge | null) {
  const set =
    charge === null
      ? { status: 'FAILED' as const, failureCode: 'NOT_CHARGED', processorReference: null }
      : charge.outcome === 'SUCCEEDED'
        ? {
            status: 'SUCCEEDED' as const,
            failureCode: null,
            processorReference: charge.reference,
            receiptNumber: sql<string>`'R' || lpad(nextval('payment_receipt_numbers')::text, 10, '0')`,
          }
        : {
            status: 'FAILED' as const,
            failureCode: charge.code,
            processorReference: charge.reference,
          };
  const updated = await db
    .updateTable('payments')
    .set({ ...set, settledAt: sql<Date>`now()` })
    .where('id', '=', id)
    .where('status', '=', 'PENDING')
    .returningAll()
    .executeTakeFirst();
  return updated ?? paymentById(db, id);
}

/** Notes why a payment is still PENDING (the processor did not answer): no longer in flight. */
export async function markPaymentUnanswered(db: Db, id: string, reason: string) {
  await db
    .updateTable('payments')
    .set({ failureCode: reason })
    .where('id', '=', id)
    .where('status', '=', 'PENDING')
    .execute();
  return paymentById(db, id);
}

/** PENDING payments older than `before`, oldest first: reconciliation's worklist. */
export function pendingPaymentIds(db: Db, before: Date, limit: number) {
  return db
    .selectFrom('payments')
    .select('id')
    .where('status', '=', 'PENDING')
    .where('createdAt', '<', before)
    .orderBy('createdAt')
    .limit(limit)
    .execute();
}

/** Where a payment sits in an account's list: its creation to the microsecond, and id. */
export interface PaymentCursor {
  createdAt: string;
  id: string;
}

/** created_at as exact UTC text: a JS Date keeps milliseconds only (keyset.ts in requests). */
const exactCreatedAt = sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** One page of an account's payments, newest first ("after" a cursor: older than it). */
export function pageOfPayments(db: Db, utilityAccountId: string, page: KeysetPage<PaymentCursor>) {
  const direction = page.inverted ? 'asc' : 'desc';
  let query = db
    .selectFrom('payments')
    .selectAll()
    .select(exactCreatedAt.as('cursorCreatedAt'))
    .where('utilityAccountId', '=', utilityAccountId);
  if (page.after) {
    const { createdAt, id } = page.after;
    query = query.where(sql<boolean>`(created_at, id) < (${createdAt}::timestamptz, ${id}::uuid)`);
  }
  if (page.before) {
    const { createdAt, id } = page.before;
    query = query.where(sql<boolean>`(created_at, id) > (${createdAt}::timestamptz, ${id}::uuid)`);
  }
  return query.orderBy('createdAt', direction).orderBy('id', direction).limit(page.limit).execute();
}

export async function countPayments(db: Db, utilityAccountId: string) {
  const row = await db
    .selectFrom('payments')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('utilityAccountId', '=', utilityAccountId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
