import { badUserInput } from '@civicgraph/platform';
import { GraphQLError } from 'graphql';

/** The same idempotency key was sent before with another payment: refused, nothing charged. */
export function idempotencyKeyReused() {
  return new GraphQLError(
    'This idempotency key was used for another payment: send a new key for a new payment',
    { extensions: { code: 'IDEMPOTENCY_KEY_REUSED', argument: 'idempotencyKey' } },
  );
}

/** A payment method token the processor does not know. */
export function unknownPaymentMethod() {
  return badUserInput('paymentMethodToken is not a payment method this processor knows', {
    argument: 'paymentMethodToken',
    reason: 'UNKNOWN_PAYMENT_METHOD',
  });
}

export function currencyMismatch(accountCurrency: string) {
  return badUserInput(`currency must be the account's currency, ${accountCurrency}`, {
    argument: 'currency',
    reason: 'CURRENCY_MISMATCH',
  });
}
