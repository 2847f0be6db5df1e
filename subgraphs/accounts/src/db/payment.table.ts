import type { Generated, Selectable } from 'kysely';
import type { Cents } from './bill.table';

export const PAYMENT_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const PAYMENT_SOURCES = ['RESIDENT', 'AUTOPAY', 'STAFF'] as const;
export type PaymentSource = (typeof PAYMENT_SOURCES)[number];

/** A payment toward a utility account; only SUCCEEDED ones count in balances. */
export interface PaymentTable {
  id: Generated<string>;
  utilityAccountId: string;
  billId: string | null;
  residentId: string | null;
  amountCents: Cents;
  currency: Generated<string>;
  status: PaymentStatus;
  source: PaymentSource;
  /** Whose key space the idempotency key lives in (e.g. `resident:<id>`). */
  idempotencyScope: string;
  idempotencyKey: string;
  /** sha256 of what was asked: the same key with another payload is refused. */
  requestHash: string;
  processor: string;
  processorReference: string | null;
  failureCode: string | null;
  /** What the payer was shown of the method: brand and last four digits, never the token. */
  methodBrand: string | null;
  methodLast4: string | null;
  /** Given when the payment succeeds (receipt-numbers.ts). */
  receiptNumber: string | null;
  createdAt: Generated<Date>;
  settledAt: Date | null;
}

export type Payment = Selectable<PaymentTable>;
