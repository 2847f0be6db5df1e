import { DEMO_PASSWORD } from '@civicgraph/demo-city';
import { ANONYMOUS } from '@civicgraph/platform';
import { dataOf } from '@civicgraph/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCKOUT } from '../src/auth/lockout';
import {
  ENDED_SESSIONS_KEPT_SECONDS,
  sweepSignInRecords,
  sweepSignInRecordsWhenDue,
} from '../src/auth/sweep';
import { demoLogin, login, sessionIdOf } from './access-helpers';
import { type AccountsHarness, startAccountsHarness } from './harness';

let subgraph: AccountsHarness;

beforeAll(async () => {
  subgraph = await startAccountsHarness();
});

afterAll(async () => {
  await subgraph?.close();
});

/** Signs the demo analyst in; the new session's id. */
async function signIn() {
  const analyst = demoLogin(subgraph.city, 'ANALYST');
  const { login: session } = dataOf(await login(subgraph, analyst.email, DEMO_PASSWORD));
  return sessionIdOf(session.accessToken);
}

const failedSignIn = (email: string) =>
  subgraph.queryAs(
    ANONYMOUS,
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password: 'not the password' } },
  );

/** Moves a throttle record's window (and lock) back in time by `seconds`. */
async function ageThrottle(email: string, seconds: number) {
  await sql`update accounts.sign_in_throttles
    set window_started_at = window_started_at - make_interval(secs => ${seconds}),
        locked_until = locked_until - make_interval(secs => ${seconds})
    where email = ${email}`.execute(subgraph.db);
}

async function throttleEmails() {
  const rows = await subgraph.db.selectFrom('signInThrottles').select('email').execute();
  return rows.map((r) => r.email).sort();
}

describe('the sweep of stale sign-in records', () => {
  it('deletes failure counts that can lock nobody, and keeps live ones and locks', async () => {
    await failedSignIn('stale@example.org');
    await failedSignIn('recent@example.org');
    for (let i = 0; i < LOCKOUT.maxFailures; i++) await failedSignIn('locked@example.org');
    await ageThrottle('stale@example.org', LOCKOUT.windowSeconds + 60);
    // An old window whose lock is still running must stay: it still locks.
    await sql`update accounts.sign_in_throttles
      set window_started_at = now() - make_interval(secs => ${LOCKOUT.windowSeconds + 60})
      where email = 'locked@example.org'`.execute(subgraph.db);

    const swept = await sweepSignInRecords(subgraph.db);
    expect(swept.throttles).toBe(1);
    expect(await throttleEmails()).toEqual(['locked@example.org', 'recent@example.org']);
  });

  it('deletes sessions ended long ago with their refresh tokens, and keeps recent ones', async () => {
    const old = await signIn();
    const recent = await signIn();
    await sql`update accounts.sessions
      set expires_at = now() - make_interval(secs => ${ENDED_SESSIONS_KEPT_SECONDS + 60})
      where id = ${old}`.execute(subgraph.db);

    const swept = await sweepSignInRecords(subgraph.db);
    expect(swept.sessions).toBe(1);
    const left = await subgraph.db.selectFrom('sessions').select('id').execute();
    expect(left.map((s) => s.id)).toContain(recent);
    expect(left.map((s) => s.id)).not.toContain(old);
    const tokens = await subgraph.db
      .selectFrom('refreshTokens')
      .select('sessionId')
      .where('sessionId', '=', old)
      .execute();
    expect(tokens).toEqual([]);
  });

  it('runs at most every ten minutes in one process', async () => {
    const db = subgraph.db;
    const start = Date.now() + 3_600_000; // later than any sweep sign-ins made above
    expect(await sweepSignInRecordsWhenDue(db, start)).not.toBeNull();
    expect(await sweepSignInRecordsWhenDue(db, start + 60_000)).toBeNull();
    expect(await sweepSignInRecordsWhenDue(db, start + 11 * 60_000)).not.toBeNull();
  });
});
