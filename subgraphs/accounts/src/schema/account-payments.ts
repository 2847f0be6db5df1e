import { decodeCursor, encodeCursor, resolveKeysetConnection } from '@civicgraph/platform';
import { builder } from '../builder';
import { countPayments, type PaymentCursor, pageOfPayments } from '../db/payment.repository';
import { holderScopes } from './holder-scopes';
import { PaymentRef, UtilityAccountRef } from './refs';

// An account's payments and their receipts, newest first: what a resident looks back on
// ("did my payment go through?") and billing staff answer the phone with.

const paymentCodec = {
  toCursor: (payment: { cursorCreatedAt: string; id: string }) =>
    encodeCursor([payment.cursorCreatedAt, payment.id]),
  fromCursor: (cursor: string): PaymentCursor => {
    const [createdAt, id] = decodeCursor(cursor, ['timestamp', 'uuid']);
    return { createdAt, id };
  },
};

builder.objectFields(UtilityAccountRef, (t) => ({
  payments: t.connection(
    {
      type: PaymentRef,
      description:
        'Payments toward the account, newest first, whatever their status (PENDING ones ' +
        'await the processor; only SUCCEEDED ones count in the balance).',
      authScopes: (account, _args, context) => holderScopes(context, account.id, 'payments.read'),
      resolve: async (account, args, { db }) => {
        const connection = await resolveKeysetConnection(args, paymentCodec, (page) =>
          pageOfPayments(db, account.id, page),
        );
        return { ...connection, count: () => countPayments(db, account.id) };
      },
    },
    {
      name: 'PaymentConnection',
      fields: (c) => ({
        totalCount: c.int({
          description: 'Payments of the account, on all pages.',
          resolve: (connection) => connection.count(),
        }),
      }),
    },
    { name: 'PaymentEdge' },
  ),
}));
