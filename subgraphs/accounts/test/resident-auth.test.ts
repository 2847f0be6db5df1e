import { DEMO_PASSWORD } from '@civicgraph/demo-city';
import {
  AccessTokenRefused,
  ANONYMOUS,
  type Caller,
  verifyAccessToken,
  verifySessionToken,
} from '@civicgraph/platform';
import { dataOf, TEST_SECRETS } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCKOUT } from '../src/auth/lockout';
import { demoResidentEmail } from '../src/db/resident-seed';
import { askCallers, demoLogin, firstError, GATEWAY, partnerCaller } from './access-helpers';
import { type AccountsHarness, startAccountsHarness } from './harness';

let subgraph: AccountsHarness;

beforeAll(async () => {
  subgraph = await startAccountsHarness();
});

afterAll(async () => {
  await subgraph?.close();
});

interface ResidentSession {
  accessToken: string;
  refreshToken: string;
  resident: { id: string; name: string; email: string; preferredLanguage: string };
}
const SESSION = 'accessToken refreshToken resident { id name email preferredLanguage }';

const demoEmail = (local: string) => demoResidentEmail(local, subgraph.city.profile.jurisdictionId);

function signIn(email: string, password: string) {
  return subgraph.queryAs<{ residentSignIn: ResidentSession }>(
    ANONYMOUS,
    `mutation ($input: ResidentSignInInput!) { residentSignIn(input: $input) { ${SESSION} } }`,
    { input: { email, password } },
  );
}

function signUp(input: Record<string, unknown>) {
  return subgraph.queryAs<{ residentSignUp: ResidentSession }>(
    ANONYMOUS,
    `mutation ($input: ResidentSignUpInput!) { residentSignUp(input: $input) { ${SESSION} } }`,
    { input },
  );
}

function refresh(refreshToken: string) {
  return subgraph.queryAs<{ refreshResidentSession: ResidentSession }>(
    ANONYMOUS,
    `mutation ($input: RefreshResidentSessionInput!) { refreshResidentSession(input: $input) { ${SESSION} } }`,
    { input: { refreshToken } },
  );
}

/** The caller the gateway would make of a resident's access token. */
async function callerOf(accessToken: string): Promise<Caller> {
  const token = await verifySessionToken(accessToken, TEST_SECRETS.accessToken);
  return { kind: 'resident', id: token.id };
}

const CURRENT = '{ currentResident { id name email phone mailingAddress preferredLanguage } }';

describe('resident sign-in', () => {
  it('signs the demo residents in; their token is a resident token, never a staff one', async () => {
    const session = dataOf(
      await signIn(` ${demoEmail('resident').toUpperCase()} `, DEMO_PASSWORD),
    ).residentSignIn;
    expect(session.resident).toMatchObject({ name: 'Alex Rivera', preferredLanguage: 'EN' });
    const token = await verifySessionToken(session.accessToken, TEST_SECRETS.accessToken);
    expect(token).toEqual({
      kind: 'resident',
      id: session.resident.id,
      sessionId: expect.any(String),
    });
    // A resident token does not pass for a staff one.
    await expect(
      verifyAccessToken(session.accessToken, TEST_SECRETS.accessToken),
    ).rejects.toBeInstanceOf(AccessTokenRefused);
    // The gateway's question about the session answers the resident.
    expect((await askCallers(subgraph, { sessionId: token.sessionId })).body.caller).toEqual({
      kind: 'resident',
      id: session.resident.id,
    });
    const es = dataOf(await signIn(demoEmail('residente'), DEMO_PASSWORD)).residentSignIn;
    expect(es.resident.preferredLanguage).toBe('ES');
  });

  it('refuses a wrong password and an unknown email with the same error', async () => {
    const wrong = await signIn(demoEmail('resident2'), 'not-the-password');
    const unknown = await signIn('nobody@example.org', DEMO_PASSWORD);
    expect(firstError(wrong)).toEqual({ code: 'UNAUTHENTICATED' });
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('locks an address after 5 failures, even for the right password, and not staff with it', async () => {
    const email = 'locked.resident@example.org';
    dataOf(await signUp({ email, password: 'correct horse battery', name: 'Lee Locked' }));
    for (let i = 0; i < LOCKOUT.maxFailures; i++) {
      await signIn(email, `wrong password ${i}`);
    }
    const locked = await signIn(email, 'correct horse battery');
    expect(firstError(locked)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'LOCKED' });
    expect(locked.data?.residentSignIn ?? null).toBeNull();
    // Staff failures are counted apart: the staff admin's address is not locked by this.
    const admin = demoLogin(subgraph.city, 'ADMIN');
    for (let i = 0; i < LOCKOUT.maxFailures; i++) await signIn(admin.email, `x${i}`);
    const staffLogin = await subgraph.queryAs<{ login: { accessToken: string } }>(
      ANONYMOUS,
      'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: admin.email, password: DEMO_PASSWORD } },
    );
    expect(dataOf(staffLogin).login.accessToken).toBeTruthy();
  });

  it('signs up once per email, with a long enough password', async () => {
    const short = await signUp({ email: 'new@example.org', password: 'short', name: 'N' });
    expect(firstError(short)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.password' });
    const badEmail = await signUp({
      email: 'not an email',
      password: 'long enough pass',
      name: 'N',
    });
    expect(firstError(badEmail)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.email' });
    const first = dataOf(
      await signUp({
        email: 'New@Example.org',
        password: 'long enough pass',
        name: ' Nova Resident ',
        preferredLanguage: 'ES',
      }),
    ).residentSignUp;
    expect(first.resident).toMatchObject({ email: 'new@example.org', name: 'Nova Resident' });
    const again = await signUp({
      email: 'new@example.org',
      password: 'another long one',
      name: 'X',
    });
    expect(firstError(again)).toMatchObject({ code: 'CONFLICT' });
    const row = await subgraph.db
      .selectFrom('residents')
      .select('passwordHash')
      .where('email', '=', 'new@example.org')
      .executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('rotates refresh tokens; a reused one ends the session; sign-out ends it', async () => {
    const first = dataOf(await signIn(demoEmail('resident2'), DEMO_PASSWORD)).residentSignIn;
    const second = dataOf(await refresh(first.refreshToken)).refreshResidentSession;
    expect(second.resident.id).toBe(first.resident.id);
    const { sessionId } = await verifySessionToken(second.accessToken, TEST_SECRETS.accessToken);
    expect(firstError(await refresh(first.refreshToken))).toMatchObject({
      reason: 'SESSION_ENDED',
    });
    // The reuse revoked the session: the newer token no longer works either.
    expect(firstError(await refresh(second.refreshToken))).toMatchObject({
      reason: 'SESSION_ENDED',
    });
    expect((await askCallers(subgraph, { sessionId })).body.caller).toBeNull();

    const other = dataOf(await signIn(demoEmail('resident2'), DEMO_PASSWORD)).residentSignIn;
    const out = await subgraph.queryAs<{ residentSignOut: { sessionId: string } }>(
      ANONYMOUS,
      'mutation ($input: ResidentSignOutInput!) { residentSignOut(input: $input) { sessionId } }',
      { input: { refreshToken: other.refreshToken } },
    );
    expect(dataOf(out).residentSignOut.sessionId).toBeTruthy();
    expect(firstError(await refresh(other.refreshToken))).toMatchObject({
      reason: 'SESSION_ENDED',
    });
  });
});

describe('staff and resident exchanges', () => {
  it("leave each other's refresh tokens alone", async () => {
    const session = dataOf(await signIn(demoEmail('residente'), DEMO_PASSWORD)).residentSignIn;
    const asStaff = await subgraph.queryAs(
      ANONYMOUS,
      'mutation ($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }',
      { input: { refreshToken: session.refreshToken } },
    );
    expect(firstError(asStaff)).toMatchObject({ reason: 'SESSION_ENDED' });
    // Still current: the resident's own exchange works (no reuse was recorded).
    expect(dataOf(await refresh(session.refreshToken)).refreshResidentSession.resident.id).toBe(
      session.resident.id,
    );
    const admin = demoLogin(subgraph.city, 'ADMIN');
    const staff = await subgraph.queryAs<{ login: { refreshToken: string } }>(
      ANONYMOUS,
      'mutation ($input: LoginInput!) { login(input: $input) { refreshToken } }',
      { input: { email: admin.email, password: DEMO_PASSWORD } },
    );
    const staffToken = dataOf(staff).login.refreshToken;
    expect(firstError(await refresh(staffToken))).toMatchObject({ reason: 'SESSION_ENDED' });
    const again = await subgraph.queryAs<{ refreshSession: { accessToken: string } }>(
      ANONYMOUS,
      'mutation ($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }',
      { input: { refreshToken: staffToken } },
    );
    expect(dataOf(again).refreshSession.accessToken).toBeTruthy();
  });
});

describe('currentResident and the profile', () => {
  it('answers the resident themself, null for anyone else', async () => {
    const session = dataOf(await signIn(demoEmail('resident'), DEMO_PASSWORD)).residentSignIn;
    const me = dataOf(
      await subgraph.queryAs<{ currentResident: Record<string, unknown> }>(
        await callerOf(session.accessToken),
        CURRENT,
      ),
    );
    expect(me.currentResident).toMatchObject({
      id: session.resident.id,
      email: demoEmail('resident'),
      phone: '602-555-0142',
    });
    for (const caller of [ANONYMOUS, partnerCaller(['residents:act']), GATEWAY]) {
      const answer = dataOf(await subgraph.queryAs<{ currentResident: null }>(caller, CURRENT));
      expect(answer.currentResident).toBeNull();
    }
  });

  it("lets no one but the resident and residents.read staff read a resident's personal data", async () => {
    const alex = dataOf(await signIn(demoEmail('resident'), DEMO_PASSWORD)).residentSignIn.resident;
    const maria = dataOf(await signIn(demoEmail('residente'), DEMO_PASSWORD)).residentSignIn
      .resident;
    const entity = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Resident { id email phone } } }`;
    const variables = { r: [{ __typename: 'Resident', id: alex.id }] };
    const ask = (caller: Caller) =>
      subgraph.queryAs<{ _entities: unknown[] }>(caller, entity, variables);

    const self = await ask({ kind: 'resident', id: alex.id });
    expect(self.data?._entities[0]).toMatchObject({ email: demoEmail('resident') });
    const acting = await ask({ kind: 'resident', id: alex.id, actingPartnerId: 'p' });
    expect(acting.data?._entities[0]).toMatchObject({ email: demoEmail('resident') });
    const admin = demoLogin(subgraph.city, 'ADMIN');
    const staff = await ask({ kind: 'staff', id: admin.id, roles: ['ADMIN'] });
    expect(staff.data?._entities[0]).toMatchObject({ phone: '602-555-0142' });

    const refused: Array<[Caller, string]> = [
      [{ kind: 'resident', id: maria.id }, 'FORBIDDEN'],
      [{ kind: 'resident', id: maria.id, actingPartnerId: 'p' }, 'FORBIDDEN'],
      [partnerCaller(['residents:act', 'requests:read']), 'FORBIDDEN'],
      [{ kind: 'staff', id: 'd', roles: ['DISPATCHER'] }, 'FORBIDDEN'],
      [ANONYMOUS, 'UNAUTHENTICATED'],
    ];
    for (const [caller, code] of refused) {
      const answer = await ask(caller);
      expect(answer.data?._entities?.[0] ?? null, caller.kind).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(caller)).toBe(code);
    }
  });

  it('updates only the calling resident; others cannot', async () => {
    const alex = dataOf(await signIn(demoEmail('resident2'), DEMO_PASSWORD)).residentSignIn;
    const caller = await callerOf(alex.accessToken);
    const update = (who: Caller, input: Record<string, unknown>) =>
      subgraph.queryAs<{ updateResidentProfile: { resident: Record<string, unknown> } }>(
        who,
        `mutation ($input: UpdateResidentProfileInput!) { updateResidentProfile(input: $input) {
           resident { id name phone mailingAddress preferredLanguage } } }`,
        { input },
      );
    const done = dataOf(
      await update(caller, {
        phone: '602 555 0199',
        preferredLanguage: 'ES',
        mailingAddress: null,
      }),
    ).updateResidentProfile.resident;
    expect(done).toMatchObject({
      id: alex.resident.id,
      phone: '602 555 0199',
      preferredLanguage: 'ES',
      mailingAddress: null,
    });
    expect(firstError(await update(caller, { phone: 'call me maybe' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(firstError(await update(caller, { name: '   ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(firstError(await update(ANONYMOUS, { phone: '602-555-0100' }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    for (const other of [
      partnerCaller(['residents:act']),
      { kind: 'staff', id: 'a', roles: ['ADMIN'] } as Caller,
    ]) {
      expect(firstError(await update(other, { phone: '602-555-0100' }))).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });
});
