import type { DemoCity } from '@civicgraph/demo-city';
import { errorCodes, type GraphQLResponse } from '@civicgraph/platform/testing';
import { verify } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountsHarness, startAccountsHarness } from './harness';

let subgraph: AccountsHarness;
let city: DemoCity;

beforeAll(async () => {
  subgraph = await startAccountsHarness();
  city = subgraph.city;
});

afterAll(async () => {
  await subgraph?.close();
});

interface StaffPage {
  staffMembers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: Record<string, unknown> & { id: string } }>;
  };
}

const fullName = (s: { givenName: string; familyName: string }) => `${s.givenName} ${s.familyName}`;

describe('departments and crews', () => {
  it('lists departments with their names in both languages and their crews', async () => {
    const result = await subgraph.query<{
      departments: Array<{ code: string; en: string; es: string; crews: Array<{ code: string }> }>;
    }>('{ departments { code en: name es: name(locale: ES) crews { code } } }');
    expect(result.errors).toBeUndefined();
    const departments = result.data!.departments;
    expect(departments).toHaveLength(city.departments.length);
    for (const department of departments) {
      const seeded = city.departments.find((d) => d.code === department.code)!;
      expect(department.en).toBe(seeded.name.en);
      expect(department.es).toBe(seeded.name.es);
      const crewCodes = city.crews.filter((c) => c.departmentId === seeded.id).map((c) => c.code);
      expect(department.crews.map((c) => c.code).sort()).toEqual(crewCodes.sort());
    }
    // Sorted by English name.
    const names = departments.map((d) => d.en);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('batches crew lookups: one statement for the crews of every department', async () => {
    subgraph.resetStatements();
    await subgraph.query('{ departments { crews { members { name } } } }');
    // departments, crews of all departments, members of all crews
    expect(subgraph.statements).toHaveLength(3);
  });
});

describe('the staff directory', () => {
  it('walks every page in name order without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const result: GraphQLResponse<StaffPage> = await subgraph.query<StaffPage>(
        `query ($after: String) { staffMembers(first: 7, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { id familyName givenName } }
          } }`,
        { after },
      );
      expect(result.errors).toBeUndefined();
      const page = result.data!.staffMembers;
      totalCount = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(totalCount).toBe(city.staff.length);
    expect(new Set(seen).size).toBe(city.staff.length);
    const expected = [...city.staff]
      .sort(
        (a, b) =>
          (a.familyName < b.familyName ? -1 : a.familyName > b.familyName ? 1 : 0) ||
          (a.givenName < b.givenName ? -1 : a.givenName > b.givenName ? 1 : 0) ||
          (a.id < b.id ? -1 : 1),
      )
      .map((s) => s.id);
    expect(seen).toEqual(expected);
  });

  it('filters by role and department, with a matching total', async () => {
    const department = city.departments[0]!;
    const result = await subgraph.query<StaffPage>(
      `query ($departmentId: ID) { staffMembers(first: 200, filter: { role: FIELD_WORKER, departmentId: $departmentId }) {
        totalCount edges { node { role department { id } crew { department { id } } } }
      } }`,
      { departmentId: department.id },
    );
    expect(result.errors).toBeUndefined();
    const expected = city.staff.filter(
      (s) => s.role === 'FIELD_WORKER' && s.departmentId === department.id,
    );
    expect(result.data!.staffMembers.totalCount).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(0);
    for (const { node } of result.data!.staffMembers.edges) {
      expect(node).toEqual({
        role: 'FIELD_WORKER',
        department: { id: department.id },
        crew: { department: { id: department.id } },
      });
    }
  });

  it('rejects a cursor it did not issue', async () => {
    const result = await subgraph.query(
      '{ staffMembers(after: "bm90LWEtY3Vyc29y") { totalCount } }',
    );
    expect(result.status).toBeLessThan(500);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([
    ['an id that is not an id', ['Smith', 'Ann', 'not-a-uuid']],
    ['NUL in a name', ['Smi\u0000th', 'Ann', '0b0c4a9e-2f2e-4c55-9d57-6d3c8f1f5a10']],
  ])('rejects a well-formed cursor holding %s before it reaches SQL', async (_name, values) => {
    const cursor = Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const argument of ['after', 'before']) {
      const result = await subgraph.query(
        `query ($cursor: String) { staffMembers(${argument}: $cursor) { totalCount } }`,
        { cursor },
      );
      expect(result.status).toBeLessThan(500);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});

describe('federation', () => {
  it('resolves Staff references in one statement, null for unknown or malformed ids', async () => {
    const staff = city.staff.slice(0, 5);
    subgraph.resetStatements();
    const result = await subgraph.query<{ _entities: Array<{ name: string } | null> }>(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Staff { name } }
      }`,
      {
        representations: [
          ...staff.map((s) => ({ __typename: 'Staff', id: s.id })),
          { __typename: 'Staff', id: '00000000-0000-4000-8000-000000000000' },
          { __typename: 'Staff', id: 'not-a-uuid' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      ...staff.map((s) => ({ name: fullName(s) })),
      null,
      null,
    ]);
    expect(subgraph.statements).toHaveLength(1);
  });
});

describe('demo logins', () => {
  it('stores an argon2 hash for exactly one login per role', async () => {
    const rows = await subgraph.db
      .selectFrom('staff')
      .select(['role', 'email', 'passwordHash'])
      .where('passwordHash', 'is not', null)
      .execute();
    expect(rows.map((r) => r.role).sort()).toEqual([
      'ADMIN',
      'ANALYST',
      'BILLING',
      'DISPATCHER',
      'FIELD_WORKER',
      'SUPERVISOR',
    ]);
    for (const row of rows) {
      expect(row.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verify(row.passwordHash!, 'civicgraph-demo')).toBe(true);
      expect(await verify(row.passwordHash!, 'wrong-password')).toBe(false);
    }
  });
});
