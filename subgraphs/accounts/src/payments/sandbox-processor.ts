import type { Kysely } from 'kysely';
import type { AccountsDatabase } from '../db/database';
import type { SandboxCharge } from '../db/sandbox-charge.table';
import type {
  ChargeOutcome,
  ChargeRequest,
  DeclineCode,
  PaymentMethodSummary,
  PaymentProcessor,
  SettledCharge,
} from './processor';

/**
 * What each sandbox test token does. Documented for partner developers in the accounts
 * README; anything else is refused as an unknown payment method.
 * - `SUCCEEDED`: charged.
 * - a decline code: not charged; the payment FAILS with that code.
 * - `NETWORK_ERROR_AFTER_CHARGE`: charged, but the answer is lost on the way back; the
 *   payment stays PENDING until reconciliation finds the charge (SUCCEEDED).
 * - `TIMEOUT`: the request never reaches the processor; the payment stays PENDING
 *   until reconciliation finds no charge (FAILED, NOT_CHARGED).
 */
type SandboxBehaviour = 'SUCCEEDED' | DeclineCode | 'NETWORK_ERROR_AFTER_CHARGE' | 'TIMEOUT';

interface SandboxToken extends PaymentMethodSummary {
  behaviour: SandboxBehaviour;
}

export const SANDBOX_TOKENS: Readonly<Record<string, SandboxToken>> = {
  tok_sandbox_visa: { brand: 'VISA', last4: '4242', behaviour: 'SUCCEEDED' },
  tok_sandbox_mastercard: { brand: 'MASTERCARD', last4: '4444', behaviour: 'SUCCEEDED' },
  tok_sandbox_declined: { brand: 'VISA', last4: '0002', behaviour: 'CARD_DECLINED' },
  tok_sandbox_insufficient_funds: {
    brand: 'VISA',
    last4: '9995',
    behaviour: 'INSUFFICIENT_FUNDS',
  },
  tok_sandbox_network_error_after_charge: {
    brand: 'VISA',
    last4: '0119',
    behaviour: 'NETWORK_ERROR_AFTER_CHARGE',
  },
  tok_sandbox_timeout: { brand: 'VISA', last4: '0069', behaviour: 'TIMEOUT' },
};

function settled(charge: SandboxCharge): SettledCharge {
  return charge.outcome === 'SUCCEEDED'
    ? { outcome: 'SUCCEEDED', reference: `sbx_${charge.id}` }
    : { outcome: 'DECLINED', code: charge.outcome as DeclineCode, reference: `sbx_${charge.id}` };
}

/**
 * The built-in processor: no money moves. Its ledger is the `sandbox_charges` table,
 * keyed by idempotency key (unique), so it keeps the processor contract for real: a
 * repeated key never makes a second charge, and `lookup` answers from the ledger.
 */
export class SandboxProcessor implements PaymentProcessor {
  readonly name = 'sandbox';

  constructor(private readonly db: Kysely<AccountsDatabase>) {}

  describeMethod(paymentMethodToken: string): PaymentMethodSummary | null {
    const token = Object.hasOwn(SANDBOX_TOKENS, paymentMethodToken)
      ? SANDBOX_TOKENS[paymentMethodToken]
      : undefined;
    return token ? { brand: token.brand, last4: token.last4 } : null;
  }

  async charge(request: ChargeRequest): Promise<ChargeOutcome> {
    const token = SANDBOX_TOKENS[request.paymentMethodToken];
    if (!token || !Object.hasOwn(SANDBOX_TOKENS, request.paymentMethodToken)) {
      return { outcome: 'DECLINED', code: 'CARD_DECLINED', reference: null };
    }
    if (token.behaviour === 'TIMEOUT') return { outcome: 'UNKNOWN', reason: 'TIMEOUT' };
    const outcome =
      token.behaviour === 'NETWORK_ERROR_AFTER_CHARGE' ? 'SUCCEEDED' : token.behaviour;
    // The key is unique: a repeated charge finds the first one instead of charging again.
    await this.db
      .insertInto('sandboxCharges')
      .values({
        idempotencyKey: request.idempotencyKey,
        amountCents: request.amountCents,
        currency: request.currency,
        paymentMethodToken: request.paymentMethodToken,
        outcome,
      })
      .onConflict((oc) => oc.column('idempotencyKey').doNothing())
      .execute();
    if (token.behaviour === 'NETWORK_ERROR_AFTER_CHARGE') {
      return { outcome: 'UNKNOWN', reason: 'NETWORK_ERROR' };
    }
    const charge = await this.lookup(request.idempotencyKey);
    if (!charge) throw new Error(`sandbox charge ${request.idempotencyKey} vanished`);
    return charge;
  }

  async lookup(idempotencyKey: string): Promise<SettledCharge | null> {
    const charge = await this.db
      .selectFrom('sandboxCharges')
      .selectAll()
      .where('idempotencyKey', '=', idempotencyKey)
      .executeTakeFirst();
    return charge ? settled(charge) : null;
  }
}
