import { type Permission, permits, type SubgraphContext } from '@civicgraph/platform';
import type { AccountsDatabase } from '../db/database';
import { callerHolds } from '../schema/holder-scopes';

/**
 * Whether the caller may see or act on this account's payments under `permission`:
 * staff and partners by the permission alone; residents (signed in, or a partner app
 * acting for them) by the permission and holding the account (asked once per request
 * and account, with the account's and bills' own rules: holder-scopes.ts).
 */
export async function callerMayUseAccount(
  context: SubgraphContext<AccountsDatabase>,
  accountId: string,
  permission: Permission,
): Promise<boolean> {
  if (!permits(context.caller, permission)) return false;
  if (context.caller.kind !== 'resident') return true;
  return callerHolds(context, accountId);
}
