import { DEMO_PASSWORD, demoLoginEmail } from '@civicgraph/demo-city';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  AccessTokenRefused,
  ANONYMOUS,
  STAFF_ROLES,
  signAccessToken,
  verifyAccessToken,
} from '@civicgraph/platform';
import { dataOf, TEST_SECRETS } from '@civicgraph/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCKOUT } from '../src/auth/lockout';
import {
  askCallers,
  demoLogin,
  firstError,
  login,
  logout,
  refresh,
  sessionIdOf,
} from './access-helpers';
import { type AccountsHarness, startAccountsHarness } from './harness';

let subgraph: AccountsHarness;

beforeAll(async () => {
  subgraph = await startAccountsHarness();
});

afterAll(async () => {
  await subgraph?.close();
});

const admin = () => demoLogin(subgraph.city, 'ADMIN');

async function sessionCaller(sessionId: string) {
  return (await askCallers(subgraph, { sessionId })).body.caller;
}

describe('login', () => {
  it('signs a demo login in with civicgraph-demo, whatever the capitals and spaces', async () => {
    const staff = admin();
    const before = Date.now();
    const session = dataOf(await login(subgraph, ` ${staff.email.toUpperCase()} `, DEMO_PASSWORD));
    // The caller is anonymous, yet may read the Staff record of who just signed in.
    expect(session.login.staff).toEqual({
      id: staff.id,
      name: `${staff.givenName} ${staff.familyName}`,
      email: staff.email,
      role: 'ADMIN',
    });
    const caller = await verifyAccessToken(session.login.accessToken, TEST_SECRETS.accessToken);
    expect(caller).toEqual({
      kind: 'staff',
      id: staff.id,
      roles: ['ADMIN'],
      sessionId: expect.any(String),
    });
    const expires = Date.parse(session.login.accessTokenExpiresAt);
    expect(expires).toBeGreaterThanOrEqual(before + (ACCESS_TOKEN_TTL_SECONDS - 1) * 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000);
    // The refresh token lasts the shift (12 hours), and only its hash is stored.
    const refreshHours = (Date.parse(session.login.refreshTokenExpiresAt) - before) / 3_600_000;
    expect(refreshHours).toBeGreaterThan(11.9);
    expect(refreshHours).toBeLessThan(12.1);
    const stored = await subgraph.db.selectFrom('refreshTokens').select('tokenHash').execute();
    expect(stored.map((r) => r.tokenHash)).not.toContain(session.login.refreshToken);
    expect(await sessionCaller(caller.sessionId)).toEqual(caller);
  });

  it.each(STAFF_ROLES)('signs the %s demo login in', async (role) => {
    const staff = demoLogin(subgraph.city, role);
    expect(staff.email).toBe(demoLoginEmail(role, subgraph.city.profile.jurisdictionId));
    const session = dataOf(await login(subgraph, staff.email, DEMO_PASSWORD)).login;
    expect(session.staff).toMatchObject({ id: staff.id, role });
  });

  it("grants the new session's own Staff record only, not what it links to", async () => {
    const worker = demoLogin(subgraph.city, 'FIELD_WORKER');
    const answer = await subgraph.queryAs<{
      login: { staff: { email: string; crew: unknown } };
    }>(
      ANONYMOUS,
      `mutation ($input: LoginInput!) {
        login(input: $input) { staff { email crew { name members { email } } } }
      }`,
      { input: { email: worker.email, password: DEMO_PASSWORD } },
    );
    expect(worker.crewId).not.toBeNull();
    expect(answer.data?.login.staff).toEqual({ email: worker.email, crew: null });
    expect(answer.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['login.staff.crew', 'UNAUTHENTICATED'],
    ]);
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const wrong = await login(subgraph, admin().email, 'not-the-password');
    const unknown = await login(subgraph, 'nobody@demo.phoenix.az.us', DEMO_PASSWORD);
    expect(wrong.data).toBeNull();
    expect(firstError(wrong)).toEqual({ code: 'UNAUTHENTICATED' });
    expect(unknown.errors).toEqual(wrong.errors);
    expect(unknown.status).toBe(wrong.status);
  });

  it('refuses an over-long email or password before any work', async () => {
    const email = await login(subgraph, `${'a'.repeat(250)}@x.org`, DEMO_PASSWORD);
    const password = await login(subgraph, admin().email, 'p'.repeat(2000));
    expect(firstError(email)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(firstError(password)).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('lockout', () => {
  async function failUntilLocked(email: string) {
    const answers = [];
    for (let i = 0; i < LOCKOUT.maxFailures; i++) {
      answers.push(await login(subgraph, email, `wrong-password-${i}`));
    }
    return answers;
  }

  it.each([
    ['a staff member', () => demoLogin(subgraph.city, 'SUPERVISOR').email],
    ['an address nobody has', () => 'no-such-person@demo.phoenix.az.us'],
  ])('locks %s after 5 failures, with the same answer', async (_name, emailOf) => {
    const email = emailOf();
    const answers = await failUntilLocked(email);
    for (const answer of answers.slice(0, -1)) {
      expect(firstError(answer)).toEqual({ code: 'UNAUTHENTICATED' });
    }
    const locked = firstError(answers.at(-1)!);
    expect(locked).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'LOCKED',
      retryAfterSeconds: expect.any(Number),
    });
    expect(locked!.retryAfterSeconds).toBeGreaterThan(LOCKOUT.lockSeconds - 60);
    expect(locked!.retryAfterSeconds).toBeLessThanOrEqual(LOCKOUT.lockSeconds);

    // Even the right password is refused while locked, without saying it was right.
    const right = await login(subgraph, email, DEMO_PASSWORD);
    expect(firstError(right)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'LOCKED' });
  });

  it('checks no more than 5 passwords of parallel guesses', async () => {
    // Sent at once, every guess used to pass the lock check before any failure was
    // counted: all 40 had their password checked, and a right one among them got in.
    // Which 5 are checked depends on arrival order; that at most 5 are does not.
    const email = demoLogin(subgraph.city, 'FIELD_WORKER').email;
    const guesses = Array.from({ length: LOCKOUT.maxFailures * 8 }, (_, i) => `wrong-${i}`);
    const answers = await Promise.all(guesses.map((password) => login(subgraph, email, password)));
    const checked = answers.filter((answer) => firstError(answer)?.reason !== 'LOCKED');
    expect(checked.length).toBeLessThanOrEqual(LOCKOUT.maxFailures);
    expect(firstError(await login(subgraph, email, DEMO_PASSWORD))).toMatchObject({
      reason: 'LOCKED',
    });
    await subgraph.db.deleteFrom('signInThrottles').where('email', '=', email).execute();
  });

  it('lets the email in again once the lock has passed, and forgets its failures', async () => {
    const staff = demoLogin(subgraph.city, 'DISPATCHER');
    await failUntilLocked(staff.email);
    await sql`update sign_in_throttles set locked_until = now() - interval '1 second'`.execute(
      subgraph.db,
    );
    dataOf(await login(subgraph, staff.email, DEMO_PASSWORD));
    const rows = await subgraph.db
      .selectFrom('signInThrottles')
      .select('email')
      .where('email', '=', staff.email)
      .execute();
    expect(rows).toEqual([]);
  });

  it('counts failures in a window: old ones do not add up to a lock', async () => {
    const email = demoLogin(subgraph.city, 'ANALYST').email;
    for (let i = 0; i < LOCKOUT.maxFailures - 1; i++) await login(subgraph, email, 'nope-nope');
    await sql`update sign_in_throttles set window_started_at = now() - interval '16 minutes'
      where email = ${email}`.execute(subgraph.db);
    const next = await login(subgraph, email, 'nope-nope');
    expect(firstError(next)).toEqual({ code: 'UNAUTHENTICATED' });
    dataOf(await login(subgraph, email, DEMO_PASSWORD));
  });
});

describe('access tokens', () => {
  it('refuses an expired token', async () => {
    const issuedAt = new Date(Date.now() - (ACCESS_TOKEN_TTL_SECONDS + 60) * 1000);
    const { token } = await signAccessToken(
      { kind: 'staff', id: admin().id, roles: ['ADMIN'], sessionId: crypto.randomUUID() },
      TEST_SECRETS.accessToken,
      issuedAt,
    );
    const refused = await verifyAccessToken(token, TEST_SECRETS.accessToken).catch((e) => e);
    expect(refused).toBeInstanceOf(AccessTokenRefused);
    expect(refused.reason).toBe('EXPIRED');
  });

  it('refuses a token signed with another secret, or altered', async () => {
    const session = dataOf(await login(subgraph, admin().email, DEMO_PASSWORD)).login;
    const forged = await signAccessToken(
      {
        kind: 'staff',
        id: admin().id,
        roles: ['ADMIN'],
        sessionId: sessionIdOf(session.accessToken),
      },
      'an-attacker-guessed-this-secret-0123456789',
    );
    const [header, , signature] = session.accessToken.split('.');
    const claims = JSON.parse(
      Buffer.from(session.accessToken.split('.')[1]!, 'base64url').toString(),
    );
    const altered = [
      header,
      Buffer.from(JSON.stringify({ ...claims, roles: ['ADMIN', 'SUPERVISOR'] })).toString(
        'base64url',
      ),
      signature,
    ].join('.');
    for (const token of [forged.token, altered, 'not.a.token', '']) {
      const refused = await verifyAccessToken(token, TEST_SECRETS.accessToken).catch((e) => e);
      expect(refused).toBeInstanceOf(AccessTokenRefused);
      expect(refused.reason).toBe('INVALID');
    }
  });
});

describe('refresh tokens', () => {
  it('rotate: each one works once, and the new pair carries the same session', async () => {
    const first = dataOf(await login(subgraph, admin().email, DEMO_PASSWORD)).login;
    const second = dataOf(await refresh(subgraph, first.refreshToken)).refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.staff.id).toBe(admin().id);
    expect(second.refreshTokenExpiresAt).toBe(first.refreshTokenExpiresAt);
    const sessionId = sessionIdOf(first.accessToken);
    expect(sessionIdOf(second.accessToken)).toBe(sessionId);

    const third = dataOf(await refresh(subgraph, second.refreshToken)).refreshSession;
    expect(await sessionCaller(sessionId)).toMatchObject({ kind: 'staff', sessionId });

    // The first token again: someone else holds this session's tokens. The whole
    // family ends, the current token too.
    const reused = await refresh(subgraph, first.refreshToken);
    expect(firstError(reused)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(firstError(await refresh(subgraph, third.refreshToken))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(await sessionCaller(sessionId)).toBeNull();
    const row = await subgraph.db
      .selectFrom('sessions')
      .select('revokedReason')
      .where('id', '=', sessionId)
      .executeTakeFirstOrThrow();
    expect(row.revokedReason).toBe('REFRESH_TOKEN_REUSED');
  });

  it('refuses a token that is not ours, or of an expired session', async () => {
    const made = `cgr_${'A'.repeat(43)}`;
    for (const token of [made, 'garbage', '']) {
      expect(firstError(await refresh(subgraph, token))).toMatchObject({
        code: 'UNAUTHENTICATED',
      });
    }
    const session = dataOf(await login(subgraph, admin().email, DEMO_PASSWORD)).login;
    await sql`update sessions set expires_at = now() - interval '1 second'
      where id = ${sessionIdOf(session.accessToken)}`.execute(subgraph.db);
    expect(firstError(await refresh(subgraph, session.refreshToken))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(await sessionCaller(sessionIdOf(session.accessToken))).toBeNull();
  });
});

describe('logout', () => {
  it('ends the session: its refresh token is refused and its lookup is null', async () => {
    const session = dataOf(await login(subgraph, admin().email, DEMO_PASSWORD)).login;
    const sessionId = sessionIdOf(session.accessToken);
    expect(dataOf(await logout(subgraph, session.refreshToken)).logout).toEqual({ sessionId });
    expect(firstError(await refresh(subgraph, session.refreshToken))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(await sessionCaller(sessionId)).toBeNull();
    // Again, or with a token that was never ours: nothing to end, no error.
    expect(dataOf(await logout(subgraph, session.refreshToken)).logout).toEqual({ sessionId });
    expect(dataOf(await logout(subgraph, 'whatever')).logout).toEqual({ sessionId: null });
  });
});

describe('inactive staff', () => {
  it('cannot sign in (the usual answer) and their open session looks up as null', async () => {
    const worker = demoLogin(subgraph.city, 'FIELD_WORKER');
    const session = dataOf(await login(subgraph, worker.email, DEMO_PASSWORD)).login;
    const sessionId = sessionIdOf(session.accessToken);
    await subgraph.db
      .updateTable('staff')
      .set({ active: false })
      .where('id', '=', worker.id)
      .execute();
    try {
      expect(await sessionCaller(sessionId)).toBeNull();
      const refused = await login(subgraph, worker.email, DEMO_PASSWORD);
      const unknown = await login(subgraph, 'nobody-at-all@demo.phoenix.az.us', DEMO_PASSWORD);
      expect(refused.errors).toEqual(unknown.errors);
      expect(firstError(await refresh(subgraph, session.refreshToken))).toMatchObject({
        code: 'UNAUTHENTICATED',
      });
    } finally {
      await subgraph.db
        .updateTable('staff')
        .set({ active: true })
        .where('id', '=', worker.id)
        .execute();
      await subgraph.db.deleteFrom('signInThrottles').execute();
    }
  });
});

describe('me', () => {
  it('is the signed-in staff member, and null for anyone else', async () => {
    const analyst = demoLogin(subgraph.city, 'ANALYST');
    const self = { kind: 'staff' as const, id: analyst.id, roles: ['ANALYST' as const] };
    const mine = await subgraph.queryAs<{ me: { id: string; email: string } | null }>(
      self,
      '{ me { id email } }',
    );
    expect(dataOf(mine).me).toEqual({ id: analyst.id, email: analyst.email });
    for (const caller of [ANONYMOUS, { kind: 'partner' as const, id: analyst.id, scopes: [] }]) {
      const answer = await subgraph.queryAs<{ me: unknown }>(caller, '{ me { id } }');
      expect(dataOf(answer).me).toBeNull();
    }
  });
});
