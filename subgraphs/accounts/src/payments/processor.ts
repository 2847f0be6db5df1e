/**
 * What the rest of accounts knows of a payment processor. A real one (a card
 * acquirer's API) plugs in by implementing this; nothing else changes.
 *
 * The contract that makes payments exactly-once: the caller gives every charge an
 * idempotency key (our payment id), and the processor
 * - charges at most once per key (a second `charge` with a key it has seen returns
 *   the first outcome), and
 * - answers `lookup(key)` with what became of the charge with that key, or null when
 *   it never received one.
 */
export interface PaymentProcessor {
  /** Stored on each payment (`payments.processor`). */
  readonly name: string;
  /**
   * What may be shown of a payment method (brand, last four digits), or null when the
   * token is not one this processor knows: refused before any payment is recorded.
   */
  describeMethod(paymentMethodToken: string): PaymentMethodSummary | null;
  /**
   * Charges the method. A network error or timeout is answered as `UNKNOWN` (never
   * thrown): whether the money moved is then for `lookup` to tell.
   */
  charge(request: ChargeRequest): Promise<ChargeOutcome>;
  /**
   * What became of the charge with this key; null when the processor has none (it
   * never arrived). Throws when the processor cannot be reached: ask again later.
   */
  lookup(idempotencyKey: string): Promise<SettledCharge | null>;
}

export interface PaymentMethodSummary {
  brand: string;
  last4: string;
}

export interface ChargeRequest {
  idempotencyKey: string;
  amountCents: number;
  currency: string;
  paymentMethodToken: string;
}

/** A charge's known end: it succeeded (with the processor's reference) or was declined. */
export type SettledCharge =
  | { outcome: 'SUCCEEDED'; reference: string }
  | { outcome: 'DECLINED'; code: DeclineCode; reference: string | null };

/** Why a processor refused a charge; stored as the payment's failure code. */
export type DeclineCode = 'CARD_DECLINED' | 'INSUFFICIENT_FUNDS';

export type ChargeOutcome =
  | SettledCharge
  | { outcome: 'UNKNOWN'; reason: 'NETWORK_ERROR' | 'TIMEOUT' };
