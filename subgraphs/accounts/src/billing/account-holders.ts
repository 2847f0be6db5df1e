import { type Caller, type Permission, permits, type SubgraphContext } from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import type { AccountsDatabase } from '../db/database';

export async function holdsAccount(
  db: Kysely<AccountsDatabase>,
  residentId: string,
  accountId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('residentUtilityAccounts')
    .select('residentId')
    .where('residentId', '=', residentId)
    .where('utilityAccountId', '=', accountId)
    .executeTakeFirst();
  return row !== undefined;
}

// One answer per (request, account): a list of an account's payments asks once.
const answers = new WeakMap<object, Map<string, Promise<boolean>>>();

/**
 * Whether the caller may see or act on this account's payments under `permission`:
 * staff and partners by the permission alone; residents (signed in, or a partner app
 * acting for them) by the permission and holding the account.
 */
export function callerMayUseAccount(
  context: SubgraphContext<AccountsDatabase>,
  accountId: string,
  permission: Permission,
): Promise<boolean> {
  const caller: Caller = context.caller;
  if (!permits(caller, permission)) return Promise.resolve(false);
  if (caller.kind !== 'resident') return Promise.resolve(true);
  let perRequest = answers.get(context);
  if (!perRequest) {
    perRequest = new Map();
    answers.set(context, perRequest);
  }
  const key = `${permission} ${accountId}`;
  let answer = perRequest.get(key);
  if (!answer) {
    answer = holdsAccount(context.db, caller.id, accountId);
    perRequest.set(key, answer);
  }
  return answer;
}
