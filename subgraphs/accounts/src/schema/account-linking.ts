import { checkedId } from '@civicgraph/platform';
import { GraphQLError } from 'graphql';
import { linkUtilityAccount, unlinkUtilityAccount } from '../billing/link-account';
import { builder } from '../builder';
import { utilityAccountsOfResident } from '../db/utility-account.repository';
import type { UtilityAccount } from '../db/utility-account.table';
import { rememberHeld } from './holder-scopes';
import { ResidentRef, UtilityAccountRef } from './refs';

// Residents link the utility accounts they hold (number + PIN from the bill) and
// unlink them; `Resident.utilityAccounts` lists them. Staff do not link accounts for
// residents: the PIN proves the resident has the bill.

const LINK = { permission: 'utility-accounts.link' } as const;

builder.objectFields(ResidentRef, (t) => ({
  utilityAccounts: t.field({
    type: [UtilityAccountRef],
    description: 'The utility accounts the resident has linked, in the order they linked them.',
    // The Resident type's own rule decides who reaches the resident at all.
    authScopes: { permission: 'utility-accounts.read' },
    resolve: async (resident, _args, context) => {
      const accounts = await utilityAccountsOfResident(context.db, resident.id);
      if (context.caller.kind === 'resident' && context.caller.id === resident.id) {
        rememberHeld(
          context,
          accounts.map((a) => a.id),
        );
      }
      return accounts;
    },
  }),
}));

/** The resident a linking mutation acts for: the caller (or the partner's resident). */
function callingResident(caller: { kind: string; id?: string }): string {
  if (caller.kind !== 'resident' || !caller.id) {
    throw new GraphQLError('Only a resident may link utility accounts', {
      extensions: { code: 'FORBIDDEN' },
    });
  }
  return caller.id;
}

const LinkUtilityAccountInput = builder.inputType('LinkUtilityAccountInput', {
  fields: (t) => ({
    accountNumber: t.string({
      required: true,
      description: 'The 10-digit account number on the bill (spaces and dashes allowed).',
    }),
    pin: t.string({ required: true, description: 'The 6-digit PIN printed on the bill.' }),
  }),
});

const LinkUtilityAccountPayload = builder
  .objectRef<UtilityAccount>('LinkUtilityAccountPayload')
  .implement({
    authScopes: LINK,
    fields: (t) => ({
      utilityAccount: t.field({ type: UtilityAccountRef, resolve: (account) => account }),
    }),
  });

const UnlinkUtilityAccountInput = builder.inputType('UnlinkUtilityAccountInput', {
  fields: (t) => ({ utilityAccountId: t.id({ required: true }) }),
});

const UnlinkUtilityAccountPayload = builder
  .objectRef<{ utilityAccountId: string; residentId: string }>('UnlinkUtilityAccountPayload')
  .implement({
    authScopes: LINK,
    fields: (t) => ({
      utilityAccountId: t.exposeID('utilityAccountId', { description: 'The account unlinked.' }),
      resident: t.field({ type: ResidentRef, resolve: (payload) => payload.residentId }),
    }),
  });

builder.mutationFields((t) => ({
  linkUtilityAccount: t.field({
    type: LinkUtilityAccountPayload,
    description:
      'Links a utility account to the calling resident by its number and PIN. A wrong ' +
      'number or PIN is BAD_USER_INPUT (reason ACCOUNT_OR_PIN_WRONG, attemptsLeft); too ' +
      'many lately, for the resident or the account, is RATE_LIMITED with retryAfterSeconds.',
    args: { input: t.arg({ type: LinkUtilityAccountInput, required: true }) },
    authScopes: LINK,
    resolve: async (_root, { input }, context) => {
      const residentId = callingResident(context.caller);
      const account = await linkUtilityAccount(context.db, residentId, input);
      rememberHeld(context, [account.id]);
      return account;
    },
  }),
  unlinkUtilityAccount: t.field({
    type: UnlinkUtilityAccountPayload,
    description:
      'Unlinks a utility account from the calling resident (other holders keep it). ' +
      'NOT_FOUND for an account they do not hold.',
    args: { input: t.arg({ type: UnlinkUtilityAccountInput, required: true }) },
    authScopes: LINK,
    resolve: async (_root, { input }, context) => {
      const residentId = callingResident(context.caller);
      const utilityAccountId = checkedId(input.utilityAccountId, 'utilityAccountId');
      await unlinkUtilityAccount(context.db, residentId, utilityAccountId);
      return { utilityAccountId, residentId };
    },
  }),
}));
