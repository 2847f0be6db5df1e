import type { LockoutPolicy } from '../db/sign-in-throttle.repository';

/**
 * When an email is locked: 5 failures within 15 minutes lock it for 15 minutes.
 * That caps online guessing at about 500 passwords a day per address, while a person
 * who mistypes a few times is never stopped. The count is kept per address whether
 * or not a staff member has it, so a lock says nothing about who works here. Anyone
 * can lock someone else out this way; the lock is short for that reason, and the
 * gateway's per-address rate limit slows a spray across many emails.
 */
export const LOCKOUT: LockoutPolicy = {
  maxFailures: 5,
  windowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
};

/**
 * The key failures are counted under: what a person may type differently for the same
 * address (surrounding spaces, capitals). Staff emails are unique case-insensitively.
 */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
