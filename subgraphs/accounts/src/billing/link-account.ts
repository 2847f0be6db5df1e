import { badUserInput, notFound } from '@civicgraph/platform';
import { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';
import {
  clearLinkFailures,
  lockLinkThrottles,
  recordLinkFailure,
} from '../db/account-link-throttle.repository';
import type { AccountsDatabase } from '../db/database';
import {
  linkResident,
  unlinkResident,
  utilityAccountByNumber,
} from '../db/utility-account.repository';
import type { UtilityAccount } from '../db/utility-account.table';
import { PIN_PATTERN, pinMatches } from './account-pin';
import {
  ACCOUNT_LINK_POLICY,
  accountKey,
  RESIDENT_LINK_POLICY,
  residentKey,
} from './link-throttle';
import { sweepLinkThrottlesWhenDue } from './link-throttle-sweep';

/** Account numbers as printed (`123-456-7890`, `123 456 7890`) or as typed: ten digits. */
export function checkedAccountNumber(value: string): string {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^[0-9]{10}$/.test(digits)) {
    throw badUserInput('accountNumber must be the 10 digits printed on the bill', {
      argument: 'accountNumber',
    });
  }
  return digits;
}

function checkedPin(value: string): string {
  const pin = value.trim();
  if (!PIN_PATTERN.test(pin)) {
    throw badUserInput('pin must be the 6 digits printed on the bill', { argument: 'pin' });
  }
  return pin;
}

/**
 * The one answer to a wrong number or a wrong PIN: telling them apart would tell
 * which account numbers exist. It says how many tries are left before the wait.
 */
function wrongNumberOrPin(attemptsLeft: number, retryAfterSeconds: number | null) {
  return new GraphQLError(
    retryAfterSeconds === null
      ? `The account number or PIN is not correct; ${attemptsLeft} attempts left`
      : `The account number or PIN is not correct; too many attempts, try again in ${retryAfterSeconds} seconds`,
    {
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'ACCOUNT_OR_PIN_WRONG',
        attemptsLeft,
        ...(retryAfterSeconds === null ? {} : { retryAfterSeconds }),
      },
    },
  );
}

/** Too many wrong attempts lately, by this resident or on this account number. */
function tooManyAttempts(retryAfterSeconds: number) {
  return new GraphQLError(
    `Too many attempts to link an account; try again in ${retryAfterSeconds} seconds`,
    { extensions: { code: 'RATE_LIMITED', reason: 'LINK_ATTEMPTS', retryAfterSeconds } },
  );
}

/**
 * Links the resident to the account with this number if the PIN is right. Attempts
 * are limited per resident and per account number (link-throttle.ts), counted one by
 * one under row locks so parallel guesses cannot slip past the limit; a locked
 * resident or number is refused before any PIN is checked. Linking an account the
 * resident already holds succeeds again; several residents may hold one account.
 */
export async function linkUtilityAccount(
  db: Kysely<AccountsDatabase>,
  residentId: string,
  input: { accountNumber: string; pin: string },
): Promise<UtilityAccount> {
  const accountNumber = checkedAccountNumber(input.accountNumber);
  const pin = checkedPin(input.pin);
  const keys = [residentKey(residentId), accountKey(accountNumber)];
  const policies = new Map([
    [keys[0]!, RESIDENT_LINK_POLICY],
    [keys[1]!, ACCOUNT_LINK_POLICY],
  ]);

  const outcome = await db.transaction().execute(async (trx) => {
    const states = await lockLinkThrottles(trx, keys, policies);
    const locked = Math.max(0, ...states.map((s) => s.lockedSeconds ?? 0));
    if (locked > 0) return { error: tooManyAttempts(locked) };

    const account = await utilityAccountByNumber(trx, accountNumber);
    if (await pinMatches(account?.pinHash ?? null, pin)) {
      await linkResident(trx, residentId, account!.id);
      await clearLinkFailures(trx, keys[0]!);
      return { account: account! };
    }

    let lockedFor: number | null = null;
    let attemptsLeft = Number.POSITIVE_INFINITY;
    for (const state of states) {
      const policy = policies.get(state.key)!;
      const lock = await recordLinkFailure(trx, state, policy);
      if (lock !== null) lockedFor = Math.max(lockedFor ?? 0, lock);
      attemptsLeft = Math.min(attemptsLeft, policy.maxFailures - (state.failures + 1));
    }
    return { error: wrongNumberOrPin(Math.max(0, attemptsLeft), lockedFor) };
  });
  await sweepLinkThrottlesWhenDue(db);
  // Thrown after the transaction: the failures it counted must be kept.
  if ('error' in outcome) throw outcome.error;
  return outcome.account;
}

/** Unlinks the resident from an account they hold; NOT_FOUND for any other account. */
export async function unlinkUtilityAccount(
  db: Kysely<AccountsDatabase>,
  residentId: string,
  utilityAccountId: string,
) {
  if (!(await unlinkResident(db, residentId, utilityAccountId))) {
    throw notFound('UtilityAccount', utilityAccountId);
  }
}
