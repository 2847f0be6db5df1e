import type { Kysely } from 'kysely';
import type { AccountsDatabase } from '../db/database';
import { deleteSessionsExpiredBefore } from '../db/session.repository';
import { deleteStaleThrottles } from '../db/sign-in-throttle.repository';
import { LOCKOUT } from './lockout';

/**
 * Ended sessions are kept this long (who was signed in when, for an investigation),
 * then deleted with their refresh tokens.
 */
export const ENDED_SESSIONS_KEPT_SECONDS = 30 * 24 * 60 * 60;

/** How often one process sweeps, at most: sign-ins are frequent, stale rows are not urgent. */
const SWEEP_EVERY_MS = 10 * 60 * 1000;

/** Rows deleted per table per sweep: a bounded statement, never a long lock. */
const SWEEP_BATCH = 5000;

/**
 * Deletes sign-in records that no longer matter: failure counts that can lock
 * nobody (every failed sign-in, even for an address nobody has, leaves one) and
 * sessions long ended. Without it both tables only grow.
 */
export async function sweepSignInRecords(db: Kysely<AccountsDatabase>) {
  return {
    throttles: await deleteStaleThrottles(db, LOCKOUT, SWEEP_BATCH),
    sessions: await deleteSessionsExpiredBefore(db, ENDED_SESSIONS_KEPT_SECONDS, SWEEP_BATCH),
  };
}

const lastSweep = new WeakMap<Kysely<AccountsDatabase>, number>();

/** Sweeps when this process has not swept this database in the last ten minutes. */
export async function sweepSignInRecordsWhenDue(db: Kysely<AccountsDatabase>, now = Date.now()) {
  const last = lastSweep.get(db);
  if (last !== undefined && now - last < SWEEP_EVERY_MS) return null;
  lastSweep.set(db, now);
  return sweepSignInRecords(db);
}
