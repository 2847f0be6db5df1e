import { DEMO_PASSWORD } from '@civicgraph/demo-city';
import { verifyAccessToken } from '@civicgraph/platform';
import { dataOf, TEST_SECRETS } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCKOUT } from '../src/auth/lockout';
import {
  askCallers,
  demoLogin,
  firstError,
  login,
  sessionIdOf,
  tablesDigest,
} from './access-helpers';
import { type AccountsHarness, startAccountsHarness } from './harness';

let subgraph: AccountsHarness;

beforeAll(async () => {
  subgraph = await startAccountsHarness();
});

afterAll(async () => {
  await subgraph?.close();
});

const STAFF_FIELDS = 'staff { id email role active department { code } crew { code } }';

function createStaff(input: Record<string, unknown>) {
  return subgraph.query<{ createStaff: { staff: Record<string, unknown> & { id: string } } }>(
    `mutation ($input: CreateStaffInput!) { createStaff(input: $input) { ${STAFF_FIELDS} } }`,
    { input },
  );
}

function change(mutation: string, input: Record<string, unknown>) {
  const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
  return subgraph.query<Record<string, { staff: Record<string, unknown> }>>(
    `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${STAFF_FIELDS} } }`,
    { input },
  );
}

async function sessionIsOpen(sessionId: string) {
  return (await askCallers(subgraph, { sessionId })).body.caller !== null;
}

function newStaffInput(overrides: Record<string, unknown> = {}) {
  const crew = subgraph.city.crews[0]!;
  return {
    givenName: 'Rosa',
    familyName: 'Quintero',
    email: `rosa.quintero.${Math.random().toString(36).slice(2)}@phoenix.example`,
    role: 'FIELD_WORKER',
    departmentId: crew.departmentId,
    crewId: crew.id,
    initialPassword: 'a-long-enough-passphrase',
    ...overrides,
  };
}

describe('createStaff', () => {
  it('adds a staff member who can sign in with the initial password', async () => {
    const input = newStaffInput();
    const created = dataOf(await createStaff(input)).createStaff.staff;
    const crew = subgraph.city.crews[0]!;
    const department = subgraph.city.departments.find((d) => d.id === crew.departmentId)!;
    expect(created).toMatchObject({
      email: input.email,
      role: 'FIELD_WORKER',
      active: true,
      department: { code: department.code },
      crew: { code: crew.code },
    });
    const session = dataOf(await login(subgraph, input.email, input.initialPassword)).login;
    expect(session.staff.id).toBe(created.id);
    const row = await subgraph.db
      .selectFrom('staff')
      .select('passwordHash')
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    [
      'an email someone has (other capitals)',
      () => ({ email: demoLogin(subgraph.city, 'ANALYST').email.toUpperCase() }),
      'BAD_USER_INPUT',
      'input.email',
    ],
    ['a malformed email', () => ({ email: 'rosa at city' }), 'BAD_USER_INPUT', 'input.email'],
    [
      'a short password',
      () => ({ initialPassword: 'short-pass' }),
      'BAD_USER_INPUT',
      'input.initialPassword',
    ],
    ['an empty name', () => ({ givenName: '   ' }), 'BAD_USER_INPUT', 'input.givenName'],
    [
      'a department that is not an id',
      () => ({ departmentId: 'streets' }),
      'BAD_USER_INPUT',
      'input.departmentId',
    ],
    [
      'an unknown department',
      () => ({ departmentId: '00000000-0000-4000-8000-000000000000', crewId: null }),
      'NOT_FOUND',
      undefined,
    ],
    [
      "another department's crew",
      () => ({
        crewId: subgraph.city.crews.find(
          (c) => c.departmentId !== subgraph.city.crews[0]!.departmentId,
        )!.id,
      }),
      'BAD_USER_INPUT',
      'input.crewId',
    ],
  ])('refuses %s, changing nothing', async (_name, overrides, code, argument) => {
    const before = await tablesDigest(subgraph);
    const result = await createStaff(newStaffInput(overrides()));
    expect(result.status).toBeLessThan(500);
    expect(firstError(result)).toMatchObject({ code, ...(argument ? { argument } : {}) });
    expect(await tablesDigest(subgraph)).toBe(before);
  });

  // Sign-in lower-cases in JavaScript; PostgreSQL's lower() differs by the cluster's
  // locale (C lowers ASCII only; others differ on İ or a final Σ). Addresses are stored
  // as sign-in looks them up, so each of these signs in as typed, in either case.
  it.each([
    ['capitals and accents', 'Élodie'],
    ['İ', 'İvan'],
    ['a final Σ', 'ΟΔΟΣ'],
  ])('stores an email with %s as sign-in finds it', async (_name, local) => {
    const email = `${local}.${Math.random().toString(36).slice(2)}@Phoenix.example`;
    const created = dataOf(await createStaff(newStaffInput({ email })));
    expect(JSON.stringify(created)).toContain(email.toLowerCase());
    for (const typed of [email, email.toLowerCase()]) {
      const signedIn = await login(subgraph, typed, 'a-long-enough-passphrase');
      expect(dataOf(signedIn).login.staff.email).toBe(email.toLowerCase());
    }
  });
});

describe('changing staff', () => {
  it('setStaffRole changes the role and ends the sessions issued with the old one', async () => {
    const input = newStaffInput();
    const { id } = dataOf(await createStaff(input)).createStaff.staff;
    const old = dataOf(await login(subgraph, input.email, input.initialPassword)).login;
    const changed = dataOf(await change('setStaffRole', { staffId: id, role: 'DISPATCHER' }));
    expect(changed.setStaffRole!.staff.role).toBe('DISPATCHER');
    expect(await sessionIsOpen(sessionIdOf(old.accessToken))).toBe(false);
    const fresh = dataOf(await login(subgraph, input.email, input.initialPassword)).login;
    const caller = await verifyAccessToken(fresh.accessToken, TEST_SECRETS.accessToken);
    expect(caller.roles).toEqual(['DISPATCHER']);
  });

  it('deactivateStaff ends sessions and sign-in; reactivateStaff lets them back', async () => {
    const input = newStaffInput();
    const { id } = dataOf(await createStaff(input)).createStaff.staff;
    const session = dataOf(await login(subgraph, input.email, input.initialPassword)).login;
    const off = dataOf(await change('deactivateStaff', { staffId: id }));
    expect(off.deactivateStaff!.staff.active).toBe(false);
    expect(await sessionIsOpen(sessionIdOf(session.accessToken))).toBe(false);
    expect(firstError(await login(subgraph, input.email, input.initialPassword))).toEqual({
      code: 'UNAUTHENTICATED',
    });
    const on = dataOf(await change('reactivateStaff', { staffId: id }));
    expect(on.reactivateStaff!.staff.active).toBe(true);
    dataOf(await login(subgraph, input.email, input.initialPassword));
  });

  it('resetStaffPassword replaces the password, ends sessions and lifts a lockout', async () => {
    const input = newStaffInput();
    const { id } = dataOf(await createStaff(input)).createStaff.staff;
    const session = dataOf(await login(subgraph, input.email, input.initialPassword)).login;
    for (let i = 0; i < LOCKOUT.maxFailures; i++) await login(subgraph, input.email, 'guess-guess');
    expect(firstError(await login(subgraph, input.email, input.initialPassword))).toMatchObject({
      reason: 'LOCKED',
    });
    const newPassword = 'another-long-passphrase';
    dataOf(await change('resetStaffPassword', { staffId: id, newPassword }));
    expect(await sessionIsOpen(sessionIdOf(session.accessToken))).toBe(false);
    expect(firstError(await login(subgraph, input.email, input.initialPassword))).toEqual({
      code: 'UNAUTHENTICATED',
    });
    dataOf(await login(subgraph, input.email, newPassword));
    const weak = await change('resetStaffPassword', { staffId: id, newPassword: 'too-short' });
    expect(firstError(weak)).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.newPassword',
    });
  });

  it('refuses to remove the last active administrator', async () => {
    const admin = demoLogin(subgraph.city, 'ADMIN');
    const before = await tablesDigest(subgraph);
    for (const [mutation, input] of [
      ['deactivateStaff', { staffId: admin.id }],
      ['setStaffRole', { staffId: admin.id, role: 'SUPERVISOR' }],
    ] as const) {
      const refused = await change(mutation, input);
      expect(firstError(refused)).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    expect(await tablesDigest(subgraph)).toBe(before);
    dataOf(await login(subgraph, admin.email, DEMO_PASSWORD));
  });

  it.each([
    ['an unknown staff member', '00000000-0000-4000-8000-000000000000', 'NOT_FOUND'],
    ['an id that is not one', 'admin', 'BAD_USER_INPUT'],
  ])('answers %s with %s', async (_name, staffId, code) => {
    for (const mutation of ['deactivateStaff', 'reactivateStaff']) {
      expect(firstError(await change(mutation, { staffId }))).toMatchObject({ code });
    }
  });
});
