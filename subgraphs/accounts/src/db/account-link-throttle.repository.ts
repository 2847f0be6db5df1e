import { type Kysely, sql, type Transaction } from 'kysely';
import type { AccountsDatabase } from './database';
import type { LockoutPolicy } from './sign-in-throttle.repository';

/** A throttle key's state, as read (and row-locked) inside the linking transaction. */
export interface LinkThrottleState {
  key: string;
  /** Failures in the current window (0 when the window has passed). */
  failures: number;
  /** Seconds until a lock ends, or null when the key is not locked. */
  lockedSeconds: number | null;
}

/**
 * Reads and row-locks the throttle rows of the keys (creating empty ones), in key
 * order so that two attempts sharing keys never deadlock. Holding the locks until the
 * transaction ends serialises attempts on the same resident or account: parallel
 * guesses are counted one by one, so the limit is exact.
 */
export async function lockLinkThrottles(
  trx: Transaction<AccountsDatabase>,
  keys: readonly string[],
  policies: ReadonlyMap<string, LockoutPolicy>,
): Promise<LinkThrottleState[]> {
  const sorted = [...keys].sort();
  await trx
    .insertInto('accountLinkThrottles')
    .values(sorted.map((key) => ({ key, failures: 0, windowStartedAt: sql<Date>`now()` })))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const rows = await trx
    .selectFrom('accountLinkThrottles')
    .select([
      'key',
      'failures',
      sql<number>`extract(epoch from now() - window_started_at)`.as('windowAgeSeconds'),
      sql<string | null>`ceil(extract(epoch from locked_until - now()))`.as('lockedSeconds'),
      sql<boolean>`coalesce(locked_until <= now(), false)`.as('lockEnded'),
    ])
    .where('key', 'in', sorted)
    .orderBy('key')
    .forUpdate()
    .execute();
  return rows.map((row) => {
    const policy = policies.get(row.key);
    const locked = row.lockedSeconds === null ? 0 : Number(row.lockedSeconds);
    // A lock that has passed ends its window too: the key starts afresh.
    const inWindow =
      policy !== undefined && !row.lockEnded && Number(row.windowAgeSeconds) < policy.windowSeconds;
    return {
      key: row.key,
      failures: locked > 0 || inWindow ? row.failures : 0,
      lockedSeconds: locked > 0 ? locked : null,
    };
  });
}

/**
 * Counts one failure for a key already locked by `lockLinkThrottles`: a failure
 * outside the window starts a new one, the one that reaches the limit locks the key.
 * Returns the seconds the key is now locked for, or null.
 */
export async function recordLinkFailure(
  trx: Transaction<AccountsDatabase>,
  state: LinkThrottleState,
  policy: LockoutPolicy,
): Promise<number | null> {
  const failures = state.failures + 1;
  const locks = failures >= policy.maxFailures;
  await trx
    .updateTable('accountLinkThrottles')
    .set({
      failures,
      ...(state.failures === 0 ? { windowStartedAt: sql<Date>`now()` } : {}),
      lockedUntil: locks ? sql<Date>`now() + make_interval(secs => ${policy.lockSeconds})` : null,
    })
    .where('key', '=', state.key)
    .execute();
  return locks ? policy.lockSeconds : null;
}

/** Forgets a key's failures (a resident who got the PIN right). */
export function clearLinkFailures(db: Kysely<AccountsDatabase>, key: string) {
  return db.deleteFrom('accountLinkThrottles').where('key', '=', key).execute();
}

/**
 * Deletes up to `batch` rows that can no longer lock anyone: their window (the
 * longest of the policies') has passed and any lock has ended. Returns how many.
 */
export async function deleteStaleLinkThrottles(
  db: Kysely<AccountsDatabase>,
  windowSeconds: number,
  batch: number,
) {
  const result = await sql`
    delete from account_link_throttles where ctid in (
      select ctid from account_link_throttles
      where window_started_at < now() - make_interval(secs => ${windowSeconds})
        and (locked_until is null or locked_until < now())
      limit ${batch})`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
