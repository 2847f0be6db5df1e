import { checkedId } from '@civicgraph/platform';
import { callerMayUseAccount } from '../billing/account-holders';
import { builder } from '../builder';
import { PAYMENT_SOURCES, PAYMENT_STATUSES, type Payment } from '../db/payment.table';
import { MoneyRef, money } from './money';
import { BillRef, PaymentRef, UtilityAccountRef } from './refs';

export const PaymentStatusEnum = builder.enumType('PaymentStatus', {
  values: PAYMENT_STATUSES,
  description:
    'PENDING until the processor has answered (a timeout leaves it PENDING until ' +
    'reconciliation asks); only SUCCEEDED payments count toward the balance.',
});

export const PaymentSourceEnum = builder.enumType('PaymentSource', {
  values: PAYMENT_SOURCES,
  description: 'RESIDENT: the resident or a partner app for them; AUTOPAY: the AutoPay job.',
});

export interface PaymentMethodSummary {
  brand: string;
  last4: string;
}

export const PaymentMethodRef = builder
  .objectRef<PaymentMethodSummary>('PaymentMethodSummary')
  .implement({
    description: 'What may be shown of a payment method: never the token or the full number.',
    // A value, reachable only through a field that has its own rule.
    authScopes: { public: true },
    fields: (t) => ({
      brand: t.exposeString('brand', { description: 'e.g. VISA, MASTERCARD.' }),
      last4: t.exposeString('last4'),
    }),
  });

PaymentRef.implement({
  description:
    'A payment toward a utility account, and its receipt: for the residents who hold the ' +
    'account (and partner apps acting for them) and staff who read payments.',
  authScopes: (payment, context) =>
    callerMayUseAccount(context, payment.utilityAccountId, 'payments.read'),
  fields: (t) => ({
    id: t.exposeID('id'),
    amount: t.field({
      type: MoneyRef,
      resolve: (payment) => money(payment.amountCents, payment.currency),
    }),
    status: t.expose('status', { type: PaymentStatusEnum }),
    failureCode: t.exposeString('failureCode', {
      nullable: true,
      description:
        'Why it FAILED (CARD_DECLINED, INSUFFICIENT_FUNDS, NOT_CHARGED), or why it is ' +
        'still PENDING (TIMEOUT, NETWORK_ERROR: the processor did not answer).',
    }),
    source: t.expose('source', { type: PaymentSourceEnum }),
    method: t.field({
      type: PaymentMethodRef,
      nullable: true,
      resolve: (payment) =>
        payment.methodBrand && payment.methodLast4
          ? { brand: payment.methodBrand, last4: payment.methodLast4 }
          : null,
    }),
    receiptNumber: t.exposeString('receiptNumber', {
      nullable: true,
      description: 'Given when the payment succeeds.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    settledAt: t.expose('settledAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it became SUCCEEDED or FAILED.',
    }),
    account: t.field({
      type: UtilityAccountRef,
      resolve: (payment) => payment.utilityAccountId,
    }),
    bill: t.field({
      type: BillRef,
      nullable: true,
      description: 'The bill the payer named, if any.',
      resolve: (payment: Payment) => payment.billId,
    }),
  }),
});

builder.queryFields((t) => ({
  payment: t.field({
    type: PaymentRef,
    nullable: true,
    description: 'A payment (its receipt) by id.',
    args: { id: t.arg.id({ required: true }) },
    authScopes: { permission: 'payments.read' },
    // Someone else's payment is not found rather than refused: its existence is theirs.
    resolve: async (_root, { id }, context) => {
      const payment = await PaymentRef.getDataloader(context).load(checkedId(id, 'id'));
      if (!payment) return null;
      const mayRead = await callerMayUseAccount(context, payment.utilityAccountId, 'payments.read');
      return mayRead ? payment : null;
    },
  }),
}));
