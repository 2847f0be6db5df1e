import type { Permission, SubgraphContext } from '@civicgraph/platform';
import type { AccountsDatabase } from '../db/database';
import { residentHolds } from '../db/utility-account.repository';

type Context = SubgraphContext<AccountsDatabase>;

// Per request: whether the calling resident holds each account asked about. A new
// context per request, so a link or unlink shows in the next one.
const holdings = new WeakMap<Context, Map<string, Promise<boolean>>>();

function holdingsOf(context: Context) {
  let known = holdings.get(context);
  if (!known) {
    known = new Map();
    holdings.set(context, known);
  }
  return known;
}

/** Whether the caller is a resident (or a partner acting for one) who holds the account. */
export function callerHolds(context: Context, utilityAccountId: string): Promise<boolean> {
  const { caller } = context;
  if (caller.kind !== 'resident') return Promise.resolve(false);
  const known = holdingsOf(context);
  let holds = known.get(utilityAccountId);
  if (!holds) {
    holds = residentHolds(context.db, caller.id, utilityAccountId);
    known.set(utilityAccountId, holds);
  }
  return holds;
}

/** Records accounts the calling resident was just read holding (no need to ask again). */
export function rememberHeld(context: Context, utilityAccountIds: readonly string[]) {
  const known = holdingsOf(context);
  for (const id of utilityAccountIds) known.set(id, Promise.resolve(true));
}

/**
 * The rule of a utility account's records (the account, its bills): staff holding
 * the permission read every account's; a resident holds the permission for their own
 * only, so they must also be a holder of this account. A partner acting for a
 * resident is that resident here. Anyone else lacks the permission.
 */
export async function holderScopes(
  context: Context,
  utilityAccountId: string,
  permission: Permission,
) {
  if (context.caller.kind !== 'resident') return { permission };
  const holds = await callerHolds(context, utilityAccountId);
  // `resident` with the caller's own id passes; with '' (no such resident) it fails.
  return { $all: { permission, resident: holds ? context.caller.id : '' } };
}
