import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AccountsDatabase } from '../db/database';
import {
  insertPaymentOnce,
  markPaymentUnanswered,
  paymentById,
  paymentByKey,
  settlePendingPayment,
} from '../db/payment.repository';
import type { Payment, PaymentSource } from '../db/payment.table';
import { currencyMismatch, idempotencyKeyReused, unknownPaymentMethod } from './payment-errors';
import type { ChargeOutcome, PaymentProcessor } from './processor';

/** What was asked, all of it covered by the idempotency key's request hash. */
export interface PaymentRequest {
  accountId: string;
  /** The bill it is meant for, when the payer named one (receipts show it). */
  billId: string | null;
  amountCents: number;
  currency: string;
  paymentMethodToken: string;
}

/** Who pays, and the key space their idempotency keys live in. */
export interface Payer {
  /** `resident:<id>` for a resident (or a partner app for them), `autopay` for the job. */
  scope: string;
  residentId: string | null;
  source: PaymentSource;
}

export interface PaymentResult {
  payment: Payment;
  /** True when the key had been used before: this is the first call's payment. */
  replayed: boolean;
}

/**
 * A replay arriving while the first call is still waiting for the processor waits
 * for its outcome this long at most (then it answers PENDING). Longer than a sandbox
 * charge, far shorter than a client's own timeout.
 */
const REPLAY_WAIT_MS = 5000;
const REPLAY_POLL_MS = 25;

function requestHash(request: PaymentRequest): string {
  const canonical = JSON.stringify([
    request.accountId,
    request.billId,
    request.amountCents,
    request.currency,
    request.paymentMethodToken,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** In flight: PENDING, and its first caller has not yet heard back from the processor. */
function inFlight(payment: Payment) {
  return payment.status === 'PENDING' && payment.failureCode === null;
}

async function settledReplay(db: Kysely<AccountsDatabase>, payment: Payment): Promise<Payment> {
  const giveUpAt = Date.now() + REPLAY_WAIT_MS;
  let current = payment;
  while (inFlight(current) && Date.now() < giveUpAt) {
    await new Promise((resolve) => setTimeout(resolve, REPLAY_POLL_MS));
    current = await paymentById(db, current.id);
  }
  return current;
}

async function chargeSafely(
  processor: PaymentProcessor,
  payment: Payment,
  paymentMethodToken: string,
): Promise<ChargeOutcome> {
  try {
    return await processor.charge({
      idempotencyKey: payment.id,
      amountCents: Number(payment.amountCents),
      currency: payment.currency,
      paymentMethodToken,
    });
  } catch {
    // Whatever went wrong, the charge may have happened: reconciliation will ask.
    return { outcome: 'UNKNOWN', reason: 'NETWORK_ERROR' };
  }
}

/**
 * Pays toward a utility account, exactly once per (payer scope, idempotency key):
 * 1. the payment is recorded PENDING and committed before the processor is asked, so
 *    a crash after the charge never loses it (reconciliation finds the charge);
 * 2. the unique (scope, key) lets one of any number of concurrent calls record it;
 *    the others replay it (waiting briefly for its outcome), or are refused with
 *    IDEMPOTENCY_KEY_REUSED when they asked for something else;
 * 3. the processor is given the payment id as its own idempotency key, so even a
 *    retried charge is one charge.
 * A decline is not an error: the payment is FAILED with the decline code. No answer
 * (timeout, network error) leaves it PENDING for reconciliation (reconcile.ts).
 *
 * The caller has checked that the payer may pay this account; `accountCurrency` is its
 * currency.
 */
export async function payBill(
  db: Kysely<AccountsDatabase>,
  processor: PaymentProcessor,
  payer: Payer,
  idempotencyKey: string,
  request: PaymentRequest,
  accountCurrency: string,
): Promise<PaymentResult> {
  const hash = requestHash(request);
  const existing = await paymentByKey(db, payer.scope, idempotencyKey);
  if (existing) return replay(db, existing, hash);

  if (request.currency !== accountCurrency) throw currencyMismatch(accountCurrency);
  const method = processor.describeMethod(request.paymentMethodToken);
  if (!method) throw unknownPaymentMethod();

  const recorded = await insertPaymentOnce(db, {
    utilityAccountId: request.accountId,
    billId: request.billId,
    residentId: payer.residentId,
    amountCents: request.amountCents,
    currency: request.currency,
    source: payer.source,
    idempotencyScope: payer.scope,
    idempotencyKey,
    requestHash: hash,
    processor: processor.name,
    methodBrand: method.brand,
    methodLast4: method.last4,
  });
  if (!recorded) {
    // Another call with this key recorded it between our look and our insert.
    const winner = await paymentByKey(db, payer.scope, idempotencyKey);
    if (!winner) throw new Error('payment vanished after an idempotency conflict');
    return replay(db, winner, hash);
  }

  const outcome = await chargeSafely(processor, recorded, request.paymentMethodToken);
  const payment =
    outcome.outcome === 'UNKNOWN'
      ? await markPaymentUnanswered(db, recorded.id, outcome.reason)
      : await settlePendingPayment(db, recorded.id, outcome);
  return { payment, replayed: false };
}

async function replay(
  db: Kysely<AccountsDatabase>,
  payment: Payment,
  hash: string,
): Promise<PaymentResult> {
  if (payment.requestHash !== hash) throw idempotencyKeyReused();
  return { payment: await settledReplay(db, payment), replayed: true };
}
