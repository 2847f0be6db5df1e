import type { Generated, Selectable } from 'kysely';
import type { Cents } from './bill.table';

/** A charge the sandbox processor made (or declined): its side of the wire. */
export interface SandboxChargeTable {
  id: Generated<string>;
  /** The caller's idempotency key: our payment id. */
  idempotencyKey: string;
  amountCents: Cents;
  currency: string;
  paymentMethodToken: string;
  /** SUCCEEDED or a decline code. */
  outcome: string;
  createdAt: Generated<Date>;
}

export type SandboxCharge = Selectable<SandboxChargeTable>;
