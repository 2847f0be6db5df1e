import { ANONYMOUS, type Caller, PARTNER_SCOPES, STAFF_ROLES } from '@civicgraph/platform';
import { dataOf, type GraphQLResponse, staffCaller } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLogin, partnerCaller, tablesDigest } from './access-helpers';
import { type AccountsHarness, startAccountsHarness } from './harness';

// Every kind of caller against every admin mutation and every sensitive read: only
// the callers the permission table names succeed; the others get FORBIDDEN (known
// caller) or UNAUTHENTICATED (nobody signed in), and nothing changes.

let subgraph: AccountsHarness;
let clientId: string;

const CALLERS: Array<[string, Caller]> = [
  ...STAFF_ROLES.map((role): [string, Caller] => [role, staffCaller(role)]),
  ...PARTNER_SCOPES.map((scope): [string, Caller] => [`partner ${scope}`, partnerCaller([scope])]),
  ['anonymous', ANONYMOUS],
];
const ADMIN = CALLERS[0]![1];
const OTHERS = CALLERS.slice(1);

beforeAll(async () => {
  subgraph = await startAccountsHarness();
  const created = await subgraph.query<{ createApiClient: { apiClient: { id: string } } }>(
    `mutation { createApiClient(input: {
      name: "Matrix", contactEmail: "m@example.org", scopes: [CATALOG_READ], rateLimitPerMinute: 60
    }) { apiClient { id } } }`,
  );
  clientId = dataOf(created).createApiClient.apiClient.id;
});

afterAll(async () => {
  await subgraph?.close();
});

// Written out rather than read from the permission table, so that a wrong table fails here.
const READS_STAFF = new Set<string>(STAFF_ROLES);
const READS_EMAILS = new Set(['ADMIN', 'SUPERVISOR', 'DISPATCHER']);

const refusalCode = (caller: Caller) =>
  caller.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';

/** A worker who is neither an admin nor a demo login: the target of staff changes. */
const target = () =>
  subgraph.city.staff.find((s) => s.role === 'FIELD_WORKER' && s.demoPassword === null)!;

/** Admin mutations in an order in which the admin's own call of each succeeds. */
const MUTATIONS: Array<[string, string, () => Record<string, unknown>]> = [
  [
    'createStaff',
    'CreateStaffInput',
    () => ({
      givenName: 'Matrix',
      familyName: 'Tester',
      email: `matrix.${Math.random().toString(36).slice(2)}@phoenix.example`,
      role: 'ANALYST',
      departmentId: subgraph.city.departments[0]!.id,
      initialPassword: 'a-long-enough-passphrase',
    }),
  ],
  ['setStaffRole', 'SetStaffRoleInput', () => ({ staffId: target().id, role: 'DISPATCHER' })],
  ['deactivateStaff', 'DeactivateStaffInput', () => ({ staffId: target().id })],
  ['reactivateStaff', 'ReactivateStaffInput', () => ({ staffId: target().id })],
  [
    'resetStaffPassword',
    'ResetStaffPasswordInput',
    () => ({ staffId: target().id, newPassword: 'yet-another-passphrase' }),
  ],
  [
    'createApiClient',
    'CreateApiClientInput',
    () => ({
      name: 'Another',
      contactEmail: 'a@example.org',
      scopes: ['DATA_READ'],
      rateLimitPerMinute: 10,
    }),
  ],
  ['rotateApiClientKey', 'RotateApiClientKeyInput', () => ({ clientId })],
  ['revokeApiClient', 'RevokeApiClientInput', () => ({ clientId })],
];

function mutate(caller: Caller, name: string, inputType: string, input: Record<string, unknown>) {
  return subgraph.queryAs(
    caller,
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { __typename } }`,
    { input },
  );
}

function expectRefused(caller: Caller, result: GraphQLResponse<unknown>) {
  expect(result.status).toBeLessThan(500);
  expect(result.data ?? null).toBeNull();
  expect(result.errors?.map((e) => e.extensions?.code)).toEqual([refusalCode(caller)]);
}

describe.each(MUTATIONS)('%s', (name, inputType, input) => {
  it.each(OTHERS)('is refused to %s, changing nothing', async (_label, caller) => {
    const before = await tablesDigest(subgraph);
    expectRefused(caller, await mutate(caller, name, inputType, input()));
    expect(await tablesDigest(subgraph)).toBe(before);
  });

  it('is done for an ADMIN', async () => {
    const before = await tablesDigest(subgraph);
    dataOf(await mutate(ADMIN, name, inputType, input()));
    expect(await tablesDigest(subgraph)).not.toBe(before);
  });
});

describe('staffMembers and Staff.email', () => {
  const DIRECTORY = '{ staffMembers(first: 5) { totalCount edges { node { id name email } } } }';

  it.each(CALLERS)('%s', async (label, caller) => {
    const result = await subgraph.queryAs<{
      staffMembers: { totalCount: number; edges: Array<{ node: { email: string | null } }> };
    }>(caller, DIRECTORY);
    if (!READS_STAFF.has(label)) {
      expectRefused(caller, result);
      return;
    }
    const nodes = result.data!.staffMembers.edges.map((e) => e.node);
    expect(nodes).toHaveLength(5);
    if (READS_EMAILS.has(label)) {
      expect(result.errors).toBeUndefined();
      for (const node of nodes) expect(node.email).toMatch(/@/);
    } else {
      // The refused email nulls itself only: the names are still there.
      for (const node of nodes)
        expect(node).toMatchObject({ name: expect.any(String), email: null });
      expect(result.errors?.map((e) => [e.path?.at(-1), e.extensions?.code])).toEqual(
        nodes.map(() => ['email', 'FORBIDDEN']),
      );
    }
  });

  it.each(['FIELD_WORKER', 'ANALYST'] as const)(
    'a %s may read their own email, not a colleague’s',
    async (role) => {
      const self = demoLogin(subgraph.city, role);
      const other = demoLogin(subgraph.city, 'SUPERVISOR');
      const caller = staffCaller(role, self.id);
      const query = 'query ($id: ID!) { staffMember(id: $id) { email } }';
      const own = await subgraph.queryAs<{ staffMember: { email: string } }>(caller, query, {
        id: self.id,
      });
      expect(dataOf(own).staffMember.email).toBe(self.email);
      const theirs = await subgraph.queryAs<{ staffMember: { email: string | null } }>(
        caller,
        query,
        { id: other.id },
      );
      expect(theirs.data?.staffMember.email).toBeNull();
      expect(theirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    },
  );
});

describe('apiClients', () => {
  it.each(CALLERS)('%s', async (label, caller) => {
    const result = await subgraph.queryAs<{ apiClients: { totalCount: number } }>(
      caller,
      '{ apiClients { totalCount edges { node { name keys { prefix } } } } }',
    );
    if (label === 'ADMIN') {
      expect(dataOf(result).apiClients.totalCount).toBeGreaterThan(0);
    } else {
      expectRefused(caller, result);
    }
  });
});

describe('the public part', () => {
  it.each(CALLERS)('%s reads departments; their crews only as staff', async (label, caller) => {
    const result = await subgraph.queryAs<{
      departments: Array<{ code: string; crews: unknown[] | null }>;
    }>(caller, '{ departments { code name crews { code } } }');
    const departments = result.data!.departments;
    expect(departments.length).toBe(subgraph.city.departments.length);
    if (READS_STAFF.has(label)) {
      expect(result.errors).toBeUndefined();
    } else {
      for (const department of departments) expect(department.crews).toBeNull();
      expect(new Set(result.errors?.map((e) => e.extensions?.code))).toEqual(
        new Set([refusalCode(caller)]),
      );
    }
  });
});
