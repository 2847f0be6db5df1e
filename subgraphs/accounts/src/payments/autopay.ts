import type { Kysely } from 'kysely';
import { accountBalance } from '../billing/balance';
import { billsDueForAutoPay } from '../db/autopay-enrollment.repository';
import type { AccountsDatabase } from '../db/database';
import { paymentByKey } from '../db/payment.repository';
import { payBill } from './pay-bill';
import type { PaymentProcessor } from './processor';

/** AutoPay's own key space: one key per bill, whichever pass (or instance) pays it. */
export const AUTOPAY_SCOPE = 'autopay';

export function autoPayKey(billId: string) {
  return `bill:${billId}`;
}

export interface AutoPayCounts {
  paid: number;
  /** Already paid by an earlier (or concurrent) pass, or nothing left owing. */
  skipped: number;
  /** Declined or unanswered (PENDING: reconciliation settles it). */
  notSucceeded: number;
}

/**
 * One AutoPay pass for the city's date `today`: pays each enrolled account's newest
 * bill that is due for it (autopay-enrollment.repository.ts), the lesser of its amount
 * due and what the account still owes (a resident who already paid part is not
 * charged it again; nothing owed, nothing paid).
 *
 * Safe to run twice, even at once on two instances: each bill's payment has the
 * idempotency key `bill:<bill id>` in the `autopay` scope, so the unique key lets one
 * payment per bill exist, and the processor is asked once for it (pay-bill.ts). A pass
 * that finds the key taken skips the bill.
 */
export async function runAutoPay(
  db: Kysely<AccountsDatabase>,
  processor: PaymentProcessor,
  today: string,
  stopped: () => boolean = () => false,
): Promise<AutoPayCounts> {
  const counts: AutoPayCounts = { paid: 0, skipped: 0, notSucceeded: 0 };
  for (const due of await billsDueForAutoPay(db, today)) {
    if (stopped()) break;
    const key = autoPayKey(due.billId);
    if (await paymentByKey(db, AUTOPAY_SCOPE, key)) {
      counts.skipped += 1;
      continue;
    }
    const owed = Math.min(
      Number(due.amountDueCents),
      await accountBalance(db, due.utilityAccountId),
    );
    if (owed <= 0) {
      counts.skipped += 1;
      continue;
    }
    try {
      const { payment, replayed } = await payBill(
        db,
        processor,
        { scope: AUTOPAY_SCOPE, residentId: due.residentId, source: 'AUTOPAY' },
        key,
        {
          accountId: due.utilityAccountId,
          billId: due.billId,
          amountCents: owed,
          currency: due.currency,
          paymentMethodToken: due.paymentMethodToken,
        },
        due.currency,
      );
      if (replayed) counts.skipped += 1;
      else if (payment.status === 'SUCCEEDED') counts.paid += 1;
      else counts.notSucceeded += 1;
    } catch (error) {
      // A concurrent pass paid this bill first (and the balance moved): its payment stands.
      if (
        (error as { extensions?: { code?: string } }).extensions?.code === 'IDEMPOTENCY_KEY_REUSED'
      ) {
        counts.skipped += 1;
        continue;
      }
      throw error;
    }
  }
  return counts;
}
