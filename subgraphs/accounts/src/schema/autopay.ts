import { badUserInput, checkedId, notFound } from '@civicgraph/platform';
import { callerMayUseAccount } from '../billing/account-holders';
import { builder } from '../builder';
import {
  deleteEnrollment,
  enrollmentsByAccountIds,
  upsertEnrollment,
} from '../db/autopay-enrollment.repository';
import type { AutoPayEnrollment } from '../db/autopay-enrollment.table';
import { unknownPaymentMethod } from '../payments/payment-errors';
import { checkedToken } from '../payments/payment-input';
import { paymentProcessorOf } from '../payments/payment-processor-of';
import { PaymentMethodRef } from './payment';
import { UtilityAccountRef } from './refs';

export const DEFAULT_DAYS_BEFORE_DUE = 3;
const MAX_DAYS_BEFORE_DUE = 20;

const AutoPayRef = builder.objectRef<AutoPayEnrollment>('AutoPayEnrollment').implement({
  description: "An account's AutoPay: each new bill is paid this many days before it is due.",
  authScopes: (enrollment, context) =>
    callerMayUseAccount(context, enrollment.utilityAccountId, 'payments.read'),
  fields: (t) => ({
    method: t.field({
      type: PaymentMethodRef,
      resolve: (e) => ({ brand: e.methodBrand, last4: e.methodLast4 }),
    }),
    daysBeforeDue: t.exposeInt('daysBeforeDue'),
    enrolledAt: t.expose('enrolledAt', { type: 'DateTime' }),
    enrolledByMe: t.boolean({
      description: 'Whether the calling resident enrolled it (another holder may have).',
      resolve: (e, _args, { caller }) => caller.kind === 'resident' && caller.id === e.residentId,
    }),
  }),
});

builder.objectFields(UtilityAccountRef, (t) => ({
  autoPay: t.loadable({
    type: AutoPayRef,
    nullable: true,
    description: 'Its AutoPay enrollment; null when not enrolled.',
    // Its own rule, not the account type's: holders and payment readers.
    skipTypeScopes: true,
    authScopes: (account, _args, context) =>
      callerMayUseAccount(context, account.id, 'payments.read'),
    load: async (accountIds: string[], { db }) => {
      const rows = await enrollmentsByAccountIds(db, accountIds);
      const byAccount = new Map(rows.map((row) => [row.utilityAccountId, row]));
      return accountIds.map((id) => byAccount.get(id) ?? null);
    },
    resolve: (account) => account.id,
  }),
}));

const EnrollAutoPayInput = builder.inputType('EnrollAutoPayInput', {
  fields: (t) => ({
    accountId: t.id({ required: true }),
    paymentMethodToken: t.string({ required: true }),
    daysBeforeDue: t.int({
      description: `0 to ${MAX_DAYS_BEFORE_DUE}; default ${DEFAULT_DAYS_BEFORE_DUE}.`,
    }),
  }),
});

const CancelAutoPayInput = builder.inputType('CancelAutoPayInput', {
  fields: (t) => ({ accountId: t.id({ required: true }) }),
});

interface AutoPayChange {
  accountId: string;
  enrollment: AutoPayEnrollment | null;
}

const AutoPayPayload = builder.objectRef<AutoPayChange>('AutoPayPayload').implement({
  authScopes: { permission: 'autopay.manage' },
  fields: (t) => ({
    accountId: t.exposeID('accountId'),
    autoPay: t.field({
      type: AutoPayRef,
      nullable: true,
      description: 'The enrollment now; null once cancelled.',
      resolve: (change) => change.enrollment,
    }),
  }),
});

/** The account, when the caller may manage its AutoPay; not found otherwise. */
async function managedAccountId(context: Parameters<typeof callerMayUseAccount>[0], rawId: string) {
  const accountId = checkedId(rawId, 'accountId');
  if (!(await callerMayUseAccount(context, accountId, 'autopay.manage'))) {
    throw notFound('Utility account', accountId);
  }
  return accountId;
}

builder.mutationFields((t) => ({
  enrollAutoPay: t.field({
    type: AutoPayPayload,
    description: 'Enrolls a held account in AutoPay (replacing its enrollment, whoever made it).',
    args: { input: t.arg({ type: EnrollAutoPayInput, required: true }) },
    authScopes: { permission: 'autopay.manage' },
    resolve: async (_root, { input }, context) => {
      const { caller, db } = context;
      if (caller.kind !== 'resident') throw new Error('autopay.manage is held by residents only');
      const accountId = await managedAccountId(context, input.accountId);
      const daysBeforeDue = input.daysBeforeDue ?? DEFAULT_DAYS_BEFORE_DUE;
      if (
        !Number.isInteger(daysBeforeDue) ||
        daysBeforeDue < 0 ||
        daysBeforeDue > MAX_DAYS_BEFORE_DUE
      ) {
        throw badUserInput(`daysBeforeDue must be 0 to ${MAX_DAYS_BEFORE_DUE}`, {
          argument: 'daysBeforeDue',
        });
      }
      const token = checkedToken(input.paymentMethodToken);
      const method = paymentProcessorOf(db).describeMethod(token);
      if (!method) throw unknownPaymentMethod();
      const enrollment = await upsertEnrollment(db, {
        utilityAccountId: accountId,
        residentId: caller.id,
        paymentMethodToken: token,
        methodBrand: method.brand,
        methodLast4: method.last4,
        daysBeforeDue,
      });
      return { accountId, enrollment };
    },
  }),
  cancelAutoPay: t.field({
    type: AutoPayPayload,
    description: 'Ends AutoPay for a held account (any holder may); cancelling twice is fine.',
    args: { input: t.arg({ type: CancelAutoPayInput, required: true }) },
    authScopes: { permission: 'autopay.manage' },
    resolve: async (_root, { input }, context) => {
      const accountId = await managedAccountId(context, input.accountId);
      await deleteEnrollment(context.db, accountId);
      return { accountId, enrollment: null };
    },
  }),
}));
