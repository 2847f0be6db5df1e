import { type Kysely, sql } from 'kysely';
import type { AccountsDatabase } from './database';

type Db = Kysely<AccountsDatabase>;

export interface LockoutPolicy {
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
}

/** Seconds until a locked email may try again, or null when it is not locked. */
export async function secondsLocked(db: Db, email: string): Promise<number | null> {
  const row = await db
    .selectFrom('signInThrottles')
    .select(sql<string>`ceil(extract(epoch from locked_until - now()))`.as('seconds'))
    .where('email', '=', email)
    .where('lockedUntil', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return row ? Math.max(1, Number(row.seconds)) : null;
}

/**
 * Counts one failed sign-in for an email, in one statement so that parallel
 * guesses are all counted. A failure outside the window starts a new one; the one
 * that reaches the limit locks the email. Returns the failures counted in the window
 * so far, this one included, and the seconds the email is now locked for, or null.
 */
export async function recordFailure(
  db: Db,
  email: string,
  policy: LockoutPolicy,
): Promise<{ failures: number; lockedSeconds: number | null }> {
  const window = sql`make_interval(secs => ${policy.windowSeconds})`;
  const lock = sql`make_interval(secs => ${policy.lockSeconds})`;
  // A lock that has passed ends its window too: the email starts afresh.
  const inWindow = sql`sign_in_throttles.window_started_at > now() - ${window}
    and (sign_in_throttles.locked_until is null or sign_in_throttles.locked_until > now())`;
  const failures = sql<number>`case when ${inWindow} then sign_in_throttles.failures + 1 else 1 end`;
  const row = await db
    .insertInto('signInThrottles')
    .values({
      email,
      failures: 1,
      windowStartedAt: sql<Date>`now()`,
      lockedUntil: policy.maxFailures <= 1 ? sql<Date>`now() + ${lock}` : null,
    })
    .onConflict((oc) =>
      oc.column('email').doUpdateSet({
        failures,
        windowStartedAt: sql<Date>`case when ${inWindow} then sign_in_throttles.window_started_at else now() end`,
        lockedUntil: sql<Date | null>`case when ${failures} >= ${policy.maxFailures}
          then now() + ${lock} else sign_in_throttles.locked_until end`,
      }),
    )
    .returning([
      'failures',
      sql<string | null>`ceil(extract(epoch from locked_until - now()))`.as('seconds'),
    ])
    .executeTakeFirstOrThrow();
  const seconds = row.seconds === null ? 0 : Number(row.seconds);
  return { failures: row.failures, lockedSeconds: seconds > 0 ? seconds : null };
}

/** Forgets an email's failures (after it signed in, or an admin reset its password). */
export function clearFailures(db: Db, email: string) {
  return db.deleteFrom('signInThrottles').where('email', '=', email).execute();
}

/**
 * Deletes up to `batch` records that can no longer lock anyone: their window has
 * passed and any lock has ended (a new failure would start afresh anyway). Returns
 * how many it deleted.
 */
export async function deleteStaleThrottles(db: Db, policy: LockoutPolicy, batch: number) {
  const window = sql`make_interval(secs => ${policy.windowSeconds})`;
  const result = await sql`
    delete from sign_in_throttles where ctid in (
      select ctid from sign_in_throttles
      where window_started_at < now() - ${window}
        and (locked_until is null or locked_until < now())
      limit ${batch})`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
