import type { Caller } from '@civicgraph/platform';
import { staffCaller } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT_LINK_POLICY, RESIDENT_LINK_POLICY } from '../src/billing/link-throttle';
import { sweepLinkThrottlesWhenDue } from '../src/billing/link-throttle-sweep';
import { partnerCaller } from './access-helpers';
import {
  clearLinkThrottles,
  link,
  newAccount,
  newResident,
  residentCaller,
} from './billing-helpers';
import { type AccountsHarness, startAccountsHarness } from './harness';

// Linking a utility account by number and PIN: the right PIN links, a wrong one or an
// unknown number gives the same answer, attempts are limited per resident and per
// account (parallel guesses included), and several residents may share one account.

let subgraph: AccountsHarness;

beforeAll(async () => {
  subgraph = await startAccountsHarness();
});

afterAll(async () => {
  await subgraph?.close();
});

beforeEach(() => clearLinkThrottles(subgraph));

const holders = async (accountId: string) =>
  (
    await subgraph.db
      .selectFrom('residentUtilityAccounts')
      .select('residentId')
      .where('utilityAccountId', '=', accountId)
      .execute()
  ).map((r) => r.residentId);

const ACCOUNTS =
  '{ _entities(representations: $r) { ... on Resident { utilityAccounts { id accountNumber holderCount } } } }';

function accountsOf(caller: Caller, residentId: string) {
  return subgraph.queryAs<{
    _entities: Array<{ utilityAccounts: Array<{ id: string; holderCount: number }> } | null>;
  }>(caller, `query ($r: [_Any!]!) ${ACCOUNTS}`, {
    r: [{ __typename: 'Resident', id: residentId }],
  });
}

describe('linkUtilityAccount', () => {
  it('links the account with the right PIN, written as printed (dashes, spaces)', async () => {
    const resident = await newResident(subgraph);
    const account = await newAccount(subgraph);
    const printed = `${account.accountNumber.slice(0, 3)}-${account.accountNumber.slice(3, 6)} ${account.accountNumber.slice(6)}`;
    const result = await link(subgraph, residentCaller(resident), printed, account.pin);
    expect(result.errors).toBeUndefined();
    expect(result.data?.linkUtilityAccount.utilityAccount).toEqual({
      id: account.id,
      holderCount: 1,
    });
    expect(await holders(account.id)).toEqual([resident]);
    const listed = await accountsOf(residentCaller(resident), resident);
    expect(listed.data?._entities[0]?.utilityAccounts.map((a) => a.id)).toEqual([account.id]);
  });

  it('refuses a wrong PIN and an unknown number with the same answer, linking nothing', async () => {
    const resident = await newResident(subgraph);
    const account = await newAccount(subgraph);
    const wrongPin = await link(
      subgraph,
      residentCaller(resident),
      account.accountNumber,
      '000000',
    );
    const unknown = await link(subgraph, residentCaller(resident), '1999999999', account.pin);
    for (const result of [wrongPin, unknown]) {
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.message).toMatch(/^The account number or PIN is not correct/);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'ACCOUNT_OR_PIN_WRONG',
      });
    }
    expect(wrongPin.errors?.[0]?.extensions?.attemptsLeft).toBe(
      RESIDENT_LINK_POLICY.maxFailures - 1,
    );
    expect(unknown.errors?.[0]?.extensions?.attemptsLeft).toBe(
      RESIDENT_LINK_POLICY.maxFailures - 2,
    );
    expect(await holders(account.id)).toEqual([]);
  });

  it.each([
    ['an account number of 9 digits', '123456789', '123456', 'accountNumber'],
    ['letters in the number', '12345abcde', '123456', 'accountNumber'],
    ['a PIN of 4 digits', '1234567890', '1234', 'pin'],
    ['a NUL in the PIN', '1234567890', '12\u00003456', 'pin'],
  ])(
    'answers BAD_USER_INPUT for %s, without counting an attempt',
    async (_l, number, pin, argument) => {
      const resident = await newResident(subgraph);
      const result = await link(subgraph, residentCaller(resident), number, pin);
      expect(result.status).toBeLessThan(500);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        // The platform names NUL characters by the argument's path (`input.pin`).
        argument: expect.stringMatching(new RegExp(`(^|\\.)${argument}$`)),
      });
      const counted = await subgraph.db.selectFrom('accountLinkThrottles').selectAll().execute();
      expect(counted).toEqual([]);
    },
  );

  it('locks a resident after 5 wrong attempts, then refuses even the right PIN with the wait', async () => {
    const resident = await newResident(subgraph);
    const account = await newAccount(subgraph);
    const caller = residentCaller(resident);
    const left: unknown[] = [];
    for (let i = 0; i < RESIDENT_LINK_POLICY.maxFailures; i++) {
      const other = await newAccount(subgraph);
      const result = await link(subgraph, caller, other.accountNumber, '111111');
      left.push(result.errors?.[0]?.extensions?.attemptsLeft);
      if (i === RESIDENT_LINK_POLICY.maxFailures - 1) {
        expect(result.errors?.[0]?.extensions?.retryAfterSeconds).toBe(
          RESIDENT_LINK_POLICY.lockSeconds,
        );
      }
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    const refused = await link(subgraph, caller, account.accountNumber, account.pin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      reason: 'LINK_ATTEMPTS',
      retryAfterSeconds: expect.any(Number),
    });
    const wait = refused.errors?.[0]?.extensions?.retryAfterSeconds as number;
    expect(wait).toBeGreaterThan(RESIDENT_LINK_POLICY.lockSeconds - 60);
    expect(wait).toBeLessThanOrEqual(RESIDENT_LINK_POLICY.lockSeconds);
    expect(refused.errors?.[0]?.message).toMatch(/try again in \d+ seconds/);
    expect(await holders(account.id)).toEqual([]);
    // Another resident is not held back by this one's lock.
    const neighbour = await newResident(subgraph);
    expect(
      (await link(subgraph, residentCaller(neighbour), account.accountNumber, account.pin)).errors,
    ).toBeUndefined();
  });

  it('lets the resident try again once the lock has passed, and a success forgets their failures', async () => {
    const resident = await newResident(subgraph);
    const account = await newAccount(subgraph);
    const caller = residentCaller(resident);
    for (let i = 0; i < RESIDENT_LINK_POLICY.maxFailures; i++) {
      await link(subgraph, caller, account.accountNumber, '111111');
    }
    // The lock and its window, as if they had passed.
    await subgraph.db
      .updateTable('accountLinkThrottles')
      .set({
        lockedUntil: new Date(Date.now() - 1000),
        windowStartedAt: new Date(Date.now() - 3_600_000),
      })
      .where('key', '=', `resident:${resident}`)
      .execute();
    const wrong = await link(subgraph, caller, account.accountNumber, '222222');
    expect(wrong.errors?.[0]?.extensions?.attemptsLeft).toBe(RESIDENT_LINK_POLICY.maxFailures - 1);
    expect(
      (await link(subgraph, caller, account.accountNumber, account.pin)).errors,
    ).toBeUndefined();
    const rows = await subgraph.db
      .selectFrom('accountLinkThrottles')
      .select('key')
      .where('key', '=', `resident:${resident}`)
      .execute();
    expect(rows).toEqual([]);
  });

  it('locks an account number after 10 wrong PINs from different residents', async () => {
    const account = await newAccount(subgraph);
    for (let i = 0; i < ACCOUNT_LINK_POLICY.maxFailures; i++) {
      const guesser = await newResident(subgraph);
      const result = await link(
        subgraph,
        residentCaller(guesser),
        account.accountNumber,
        String(100000 + i),
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const holder = await newResident(subgraph);
    const refused = await link(
      subgraph,
      residentCaller(holder),
      account.accountNumber,
      account.pin,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(
      ACCOUNT_LINK_POLICY.lockSeconds - 60,
    );
    expect(await holders(account.id)).toEqual([]);
  });

  it('counts parallel guesses one by one: 20 at once, 5 checked, the rest refused', async () => {
    const resident = await newResident(subgraph);
    const account = await newAccount(subgraph);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        link(subgraph, residentCaller(resident), account.accountNumber, String(300000 + i)),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'BAD_USER_INPUT')).toHaveLength(
      RESIDENT_LINK_POLICY.maxFailures,
    );
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(
      20 - RESIDENT_LINK_POLICY.maxFailures,
    );
  });

  it('lets several residents share one account, and one unlink leaves the others', async () => {
    const account = await newAccount(subgraph);
    const [a, b, c] = [
      await newResident(subgraph),
      await newResident(subgraph),
      await newResident(subgraph),
    ];
    for (const resident of [a, b, c]) {
      expect(
        (await link(subgraph, residentCaller(resident), account.accountNumber, account.pin)).errors,
      ).toBeUndefined();
    }
    // Linking again changes nothing.
    const again = await link(subgraph, residentCaller(a), account.accountNumber, account.pin);
    expect(again.data?.linkUtilityAccount.utilityAccount.holderCount).toBe(3);
    expect((await holders(account.id)).sort()).toEqual([a, b, c].sort());

    const unlink = await subgraph.queryAs<{ unlinkUtilityAccount: { utilityAccountId: string } }>(
      residentCaller(b),
      'mutation ($input: UnlinkUtilityAccountInput!) { unlinkUtilityAccount(input: $input) { utilityAccountId } }',
      { input: { utilityAccountId: account.id } },
    );
    expect(unlink.data?.unlinkUtilityAccount.utilityAccountId).toBe(account.id);
    expect((await holders(account.id)).sort()).toEqual([a, c].sort());
    // Unlinking an account they no longer hold: NOT_FOUND, nothing else changes.
    const twice = await subgraph.queryAs(
      residentCaller(b),
      'mutation ($input: UnlinkUtilityAccountInput!) { unlinkUtilityAccount(input: $input) { utilityAccountId } }',
      { input: { utilityAccountId: account.id } },
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await holders(account.id)).sort()).toEqual([a, c].sort());
  });

  it('links for the resident a partner app acts for', async () => {
    const resident = await newResident(subgraph);
    const account = await newAccount(subgraph);
    const result = await link(
      subgraph,
      residentCaller(resident, '0b0c4a9e-2f2e-4c55-9d57-6d3c8f1f5a10'),
      account.accountNumber,
      account.pin,
    );
    expect(result.errors).toBeUndefined();
    expect(await holders(account.id)).toEqual([resident]);
  });

  it.each<[string, Caller]>([
    ['anonymous', { kind: 'anonymous' }],
    ['billing staff', staffCaller('BILLING')],
    ['an admin', staffCaller('ADMIN')],
    ['a partner with residents:act but no resident', partnerCaller(['residents:act'])],
    [
      'a partner with every scope',
      partnerCaller([
        'requests:write',
        'requests:read',
        'residents:act',
        'data:read',
        'catalog:read',
      ]),
    ],
  ])('is refused to %s, linking nothing and counting nothing', async (_label, caller) => {
    const account = await newAccount(subgraph);
    const result = await link(subgraph, caller, account.accountNumber, account.pin);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([
      caller.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
    ]);
    expect(await holders(account.id)).toEqual([]);
    expect(await subgraph.db.selectFrom('accountLinkThrottles').selectAll().execute()).toEqual([]);
  });
});

describe('the sweep of link attempts', () => {
  it('deletes records that can lock nobody, keeps live windows and locks, at most every 10 minutes', async () => {
    const hourAgo = new Date(Date.now() - 2 * 3_600_000);
    await subgraph.db
      .insertInto('accountLinkThrottles')
      .values([
        { key: 'resident:stale', failures: 3, windowStartedAt: hourAgo, lockedUntil: null },
        {
          key: 'account:stale',
          failures: 10,
          windowStartedAt: hourAgo,
          lockedUntil: new Date(Date.now() - 1000),
        },
        { key: 'resident:live', failures: 2, windowStartedAt: new Date(), lockedUntil: null },
        {
          key: 'account:locked',
          failures: 10,
          windowStartedAt: hourAgo,
          lockedUntil: new Date(Date.now() + 600_000),
        },
      ])
      .execute();
    // A separate clock: the attempts above may have swept already in this process.
    const now = Date.now() + 3_600_000;
    expect(await sweepLinkThrottlesWhenDue(subgraph.db, now)).toBeGreaterThanOrEqual(2);
    const keys = (await subgraph.db.selectFrom('accountLinkThrottles').select('key').execute()).map(
      (r) => r.key,
    );
    expect(keys.sort()).toEqual(['account:locked', 'resident:live']);
    expect(await sweepLinkThrottlesWhenDue(subgraph.db, now + 60_000)).toBeNull();
  });
});
