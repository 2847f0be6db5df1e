import { badUserInput, checkedId, checkedOptionalId, notFound } from '@civicgraph/platform';
import { callerMayUseAccount } from '../billing/account-holders';
import { builder } from '../builder';
import { isBillOfAccount, payableAccount } from '../db/payable.repository';
import type { Payment } from '../db/payment.table';
import { payBill } from '../payments/pay-bill';
import { checkedIdempotencyKey, checkedToken } from '../payments/payment-input';
import { paymentProcessorOf } from '../payments/payment-processor-of';
import { PaymentRef } from './refs';

/** The largest single payment taken: a typo's extra digits are refused, not charged. */
export const MAX_PAYMENT_CENTS = 10_000_000;

const PayBillInput = builder.inputType('PayBillInput', {
  fields: (t) => ({
    accountId: t.id({ required: true, description: 'A utility account the resident holds.' }),
    billId: t.id({ description: 'The bill it pays, shown on the receipt (optional).' }),
    amountCents: t.int({
      required: true,
      description:
        `1 to ${MAX_PAYMENT_CENTS}. Less than the amount due is a partial payment (the rest ` +
        'stays owing); more becomes a credit carried to the next bill.',
    }),
    currency: t.string({
      description: "ISO 4217; the account's currency when absent (must match).",
    }),
    paymentMethodToken: t.string({
      required: true,
      description: "A token from the processor's card form (sandbox: see the accounts README).",
    }),
    idempotencyKey: t.string({
      required: true,
      description:
        'Chosen by the client (a UUID), 1 to 255 printable characters, one per payment: ' +
        'sending it again returns the first result; with other values it is refused ' +
        '(IDEMPOTENCY_KEY_REUSED).',
    }),
  }),
});

interface PayBillResult {
  payment: Payment;
  replayed: boolean;
}

const PayBillPayload = builder.objectRef<PayBillResult>('PayBillPayload').implement({
  authScopes: { permission: 'payments.make' },
  fields: (t) => ({
    payment: t.field({
      type: PaymentRef,
      description:
        'SUCCEEDED, FAILED (declined: see failureCode; a new attempt needs a new key) or ' +
        'PENDING (the processor did not answer; reconciliation settles it).',
      resolve: (result) => result.payment,
    }),
    replayed: t.exposeBoolean('replayed', {
      description: 'True when the key was used before: this is the first request’s payment.',
    }),
  }),
});

builder.mutationFields((t) => ({
  payBill: t.field({
    type: PayBillPayload,
    description:
      'Pays toward a utility account the resident holds, exactly once per idempotency key.',
    args: { input: t.arg({ type: PayBillInput, required: true }) },
    authScopes: { permission: 'payments.make' },
    resolve: async (_root, { input }, context) => {
      const { caller, db } = context;
      if (caller.kind !== 'resident') throw new Error('payments.make is held by residents only');
      const accountId = checkedId(input.accountId, 'accountId');
      const billId = checkedOptionalId(input.billId, 'billId') ?? null;
      if (
        !Number.isInteger(input.amountCents) ||
        input.amountCents < 1 ||
        input.amountCents > MAX_PAYMENT_CENTS
      ) {
        throw badUserInput(`amountCents must be 1 to ${MAX_PAYMENT_CENTS}`, {
          argument: 'amountCents',
        });
      }
      const idempotencyKey = checkedIdempotencyKey(input.idempotencyKey);
      const paymentMethodToken = checkedToken(input.paymentMethodToken);
      // Not holding it reads as not existing: account ids are not for guessing.
      const account = await payableAccount(db, accountId);
      if (!account || !(await callerMayUseAccount(context, accountId, 'payments.make'))) {
        throw notFound('Utility account', accountId);
      }
      if (billId && !(await isBillOfAccount(db, billId, accountId))) {
        throw badUserInput('billId must be a bill of this account', { argument: 'billId' });
      }
      return payBill(
        db,
        paymentProcessorOf(db),
        { scope: `resident:${caller.id}`, residentId: caller.id, source: 'RESIDENT' },
        idempotencyKey,
        {
          accountId,
          billId,
          amountCents: input.amountCents,
          currency: input.currency ?? account.currency,
          paymentMethodToken,
        },
        account.currency,
      );
    },
  }),
}));
