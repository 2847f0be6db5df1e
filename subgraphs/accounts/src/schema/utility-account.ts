import {
  checkedId,
  decodeCursor,
  encodeCursor,
  resolveKeysetConnection,
} from '@civicgraph/platform';
import { accountBalances } from '../billing/balance';
import { checkedAccountNumber } from '../billing/link-account';
import { builder } from '../builder';
import { type BillCursor, countBills, pageOfBills } from '../db/bill.repository';
import { holderCounts, utilityAccountByNumber } from '../db/utility-account.repository';
import { callerHolds, holderScopes } from './holder-scopes';
import { MoneyRef } from './money';
import { BillRef, UtilityAccountRef } from './refs';

// A utility account is personal data: its number is what a bill is paid with and its
// address is where someone lives. The type is readable by its holders (a resident who
// linked it, or a partner app acting for them) and by billing staff only, so nothing
// in it is masked: everyone who can see it may see all of it.

const READ = 'utility-accounts.read' as const;

const billCodec = {
  toCursor: (bill: BillCursor) => encodeCursor([bill.statementDate, bill.id]),
  fromCursor: (cursor: string): BillCursor => {
    const [statementDate, id] = decodeCursor(cursor, ['string', 'uuid']);
    return { statementDate, id };
  },
};

UtilityAccountRef.implement({
  description:
    'A city services (utility) account: what bills are addressed to. Its holders and ' +
    'billing staff may read it.',
  authScopes: (account, context) => holderScopes(context, account.id, READ),
  fields: (t) => ({
    id: t.exposeID('id'),
    accountNumber: t.exposeString('accountNumber', {
      description: 'The ten digits printed on the bill.',
    }),
    serviceAddress: t.exposeString('serviceAddress', {
      description: 'Where the services (water, sewer, solid waste) are delivered.',
    }),
    holderCount: t.loadable({
      type: 'Int',
      description: 'How many residents have linked the account (shared accounts: several).',
      load: (ids: string[], { db }) => holderCounts(db, ids),
      resolve: (account) => account.id,
    }),
    balance: t.loadable({
      type: MoneyRef,
      description:
        'What is owed now: the first bill’s opening balance and every bill’s new charges, ' +
        'less every succeeded payment (negative: a credit carried to the next bill).',
      load: async (ids: string[], { db }) =>
        (await accountBalances(db, ids)).map((balance) => balance ?? new Error('no such account')),
      resolve: (account) => account.id,
    }),
    bills: t.connection(
      {
        type: BillRef,
        description: 'Monthly statements, newest first.',
        authScopes: { permission: 'bills.read' },
        resolve: async (account, args, { db }) => {
          const connection = await resolveKeysetConnection(args, billCodec, (page) =>
            pageOfBills(db, account.id, page),
          );
          return { ...connection, count: () => countBills(db, account.id) };
        },
      },
      {
        name: 'BillConnection',
        fields: (c) => ({
          totalCount: c.int({
            description: 'Bills of the account, on all pages.',
            resolve: (connection) => connection.count(),
          }),
        }),
      },
      { name: 'BillEdge' },
    ),
  }),
});

builder.queryFields((t) => ({
  utilityAccount: t.field({
    type: UtilityAccountRef,
    nullable: true,
    description: 'A utility account by id: for its holders and billing staff.',
    args: { id: t.arg.id({ required: true }) },
    authScopes: { permission: READ },
    resolve: (_root, { id }) => checkedId(id, 'id'),
  }),
  utilityAccountByNumber: t.field({
    type: UtilityAccountRef,
    nullable: true,
    description:
      'A utility account by the number on its bill (spaces and dashes allowed): for billing ' +
      'staff, and for residents among the accounts they hold (null for any other number, ' +
      'so that it tells them nothing about accounts that are not theirs).',
    args: { accountNumber: t.arg.string({ required: true }) },
    authScopes: { permission: READ },
    resolve: async (_root, { accountNumber }, context) => {
      const account = await utilityAccountByNumber(context.db, checkedAccountNumber(accountNumber));
      if (!account) return null;
      if (context.caller.kind === 'resident' && !(await callerHolds(context, account.id))) {
        return null;
      }
      return account;
    },
  }),
}));
