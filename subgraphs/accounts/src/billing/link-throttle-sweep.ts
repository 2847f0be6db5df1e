import type { Kysely } from 'kysely';
import { deleteStaleLinkThrottles } from '../db/account-link-throttle.repository';
import type { AccountsDatabase } from '../db/database';
import { ACCOUNT_LINK_POLICY, RESIDENT_LINK_POLICY } from './link-throttle';

/** How often one process sweeps, at most: stale rows are not urgent. */
const SWEEP_EVERY_MS = 10 * 60 * 1000;
/** Rows deleted per sweep: a bounded statement, never a long lock. */
const SWEEP_BATCH = 5000;

const lastSweep = new WeakMap<Kysely<AccountsDatabase>, number>();

/**
 * Deletes link-attempt records that can lock nobody any more (every attempt on a new
 * number leaves one), at most every ten minutes per process: linking is rare enough
 * that the attempts themselves can carry the sweep, without a scheduler.
 */
export async function sweepLinkThrottlesWhenDue(db: Kysely<AccountsDatabase>, now = Date.now()) {
  const last = lastSweep.get(db);
  if (last !== undefined && now - last < SWEEP_EVERY_MS) return null;
  lastSweep.set(db, now);
  const window = Math.max(RESIDENT_LINK_POLICY.windowSeconds, ACCOUNT_LINK_POLICY.windowSeconds);
  return deleteStaleLinkThrottles(db, window, SWEEP_BATCH);
}
