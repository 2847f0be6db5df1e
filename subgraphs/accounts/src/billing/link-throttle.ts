import type { LockoutPolicy } from '../db/sign-in-throttle.repository';

/**
 * A resident may get an account number or PIN wrong 5 times in 15 minutes, then waits
 * 15 minutes: a person copying a bill is never stopped, and one resident can try at
 * most about 500 PINs a day — 0.05% of the million.
 */
export const RESIDENT_LINK_POLICY: LockoutPolicy = {
  maxFailures: 5,
  windowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
};

/**
 * One account number may see 10 wrong PINs in an hour, from anyone, then no attempt
 * for an hour: many sign-ups (or partner apps) trying one account's PIN cannot spread
 * their guesses past the per-resident limit. Its holders' own links are unaffected.
 */
export const ACCOUNT_LINK_POLICY: LockoutPolicy = {
  maxFailures: 10,
  windowSeconds: 60 * 60,
  lockSeconds: 60 * 60,
};

export const residentKey = (residentId: string) => `resident:${residentId}`;
export const accountKey = (accountNumber: string) => `account:${accountNumber}`;
