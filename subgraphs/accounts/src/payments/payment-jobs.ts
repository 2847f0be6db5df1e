import { type Logger, localParts, startRepeatingJob } from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import type { AccountsConfig } from '../config';
import type { AccountsDatabase } from '../db/database';
import { runAutoPay } from './autopay';
import { paymentProcessorOf } from './payment-processor-of';
import { reconcilePendingPayments } from './reconcile';

/**
 * The payments' background work: reconciliation every PAYMENTS_RECONCILE_SECONDS and
 * AutoPay every AUTOPAY_RUN_SECONDS (for the city's date at the time of the pass).
 * Both are safe on several instances at once (reconcile.ts, autopay.ts). Returns
 * the stop, which waits for passes in flight.
 */
export function startPaymentJobs(
  db: Kysely<AccountsDatabase>,
  settings: AccountsConfig,
  logger: Logger,
): () => Promise<void> {
  const processor = paymentProcessorOf(db);
  const reconcileMs = settings.PAYMENTS_RECONCILE_SECONDS * 1000;
  const stopReconcile = startRepeatingJob({
    firstAfterMs: reconcileMs,
    everyMs: reconcileMs,
    run: async (stopped) => {
      const counts = await reconcilePendingPayments(db, processor, { stopped });
      if (counts.succeeded + counts.failed + counts.unreachable > 0) {
        logger.info(counts, 'reconciled pending payments');
      }
    },
    onError: (error) => logger.error({ err: error }, 'payment reconciliation failed'),
  });
  const autoPayMs = settings.AUTOPAY_RUN_SECONDS * 1000;
  const stopAutoPay = startRepeatingJob({
    // Soon after start: an instance restarted on a due date still pays that day.
    firstAfterMs: Math.min(autoPayMs, 60_000),
    everyMs: autoPayMs,
    run: async (stopped) => {
      const today = localParts(new Date(), settings.BILLING_TIME_ZONE).date;
      const counts = await runAutoPay(db, processor, today, stopped);
      if (counts.paid + counts.notSucceeded > 0) logger.info({ today, ...counts }, 'AutoPay pass');
    },
    onError: (error) => logger.error({ err: error }, 'AutoPay pass failed'),
  });
  return async () => {
    await Promise.all([stopReconcile(), stopAutoPay()]);
  };
}
