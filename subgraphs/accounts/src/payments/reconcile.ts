import type { Kysely } from 'kysely';
import type { AccountsDatabase } from '../db/database';
import { pendingPaymentIds, settlePendingPayment } from '../db/payment.repository';
import type { PaymentProcessor } from './processor';

/**
 * A PENDING payment is left to its own caller this long before reconciliation asks
 * the processor about it. It must exceed the processor's own timeout: a charge still
 * on its way must not be declared "never charged".
 */
export const RECONCILE_AFTER_MS = 2 * 60 * 1000;

export interface ReconcileOptions {
  /** Payments recorded before this instant are reconciled (default: now − RECONCILE_AFTER_MS). */
  before?: Date;
  batchSize?: number;
  stopped?: () => boolean;
}

export interface ReconcileCounts {
  succeeded: number;
  failed: number;
  /** The processor could not be asked: tried again at the next pass. */
  unreachable: number;
}

/**
 * Settles PENDING payments by asking the processor what became of each one's charge,
 * by the payment id (the charge's idempotency key): found → SUCCEEDED or FAILED as
 * the processor says; none → FAILED (NOT_CHARGED). Nothing is charged here, so a
 * payment is never charged twice; every PENDING payment is eventually settled, so
 * none is lost. Safe to run twice at once: settling changes a payment only while it
 * is PENDING, and both passes would read the same answer from the processor.
 */
export async function reconcilePendingPayments(
  db: Kysely<AccountsDatabase>,
  processor: PaymentProcessor,
  options: ReconcileOptions = {},
): Promise<ReconcileCounts> {
  const before = options.before ?? new Date(Date.now() - RECONCILE_AFTER_MS);
  const counts: ReconcileCounts = { succeeded: 0, failed: 0, unreachable: 0 };
  const pending = await pendingPaymentIds(db, before, options.batchSize ?? 500);
  for (const { id } of pending) {
    if (options.stopped?.()) break;
    let charge: Awaited<ReturnType<PaymentProcessor['lookup']>>;
    try {
      charge = await processor.lookup(id);
    } catch {
      counts.unreachable += 1;
      continue;
    }
    const payment = await settlePendingPayment(db, id, charge);
    if (payment.status === 'SUCCEEDED') counts.succeeded += 1;
    else if (payment.status === 'FAILED') counts.failed += 1;
  }
  return counts;
}
