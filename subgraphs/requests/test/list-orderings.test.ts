import { dataOf } from '@civicgraph/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestsHarness, startRequestsHarness } from './harness';

// Every ordering of both lists, walked page by page forward and backward, against the
// order computed here from the rows themselves.

interface Connection {
  totalCount: number;
  totalCountIsEstimate: boolean;
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string;
    endCursor: string;
  };
}

const listQuery = (field: string, filterType: string, orderType: string) => /* GraphQL */ `
  query List($first: Int, $after: String, $last: Int, $before: String,
             $filter: ${filterType}, $orderBy: ${orderType}) {
    list: ${field}(first: $first, after: $after, last: $last, before: $before,
                   filter: $filter, orderBy: $orderBy) {
      totalCount totalCountIsEstimate
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`;
const WORK_ORDERS = listQuery('workOrders', 'WorkOrderFilter', 'WorkOrderOrder');
const REQUESTS = listQuery('serviceRequests', 'ServiceRequestFilter', 'ServiceRequestOrder');

let h: RequestsHarness;

beforeAll(async () => {
  h = await startRequestsHarness(300);
});

afterAll(async () => {
  await h?.close();
});

type Variables = Record<string, unknown>;

async function page(document: string, variables: Variables) {
  return dataOf(await h.query<{ list: Connection }>(document, variables)).list;
}

async function walkForward(document: string, variables: Variables, first: number) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const list: Connection = await page(document, { ...variables, first, after });
    ids.push(...list.edges.map((e) => e.node.id));
    if (!list.pageInfo.hasNextPage) return ids;
    after = list.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

async function walkBackward(document: string, variables: Variables, last: number) {
  const ids: string[] = [];
  let before: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const list: Connection = await page(document, { ...variables, last, before });
    ids.unshift(...list.edges.map((e) => e.node.id));
    if (!list.pageInfo.hasPreviousPage) return ids;
    before = list.pageInfo.startCursor;
  }
  throw new Error('pagination did not end');
}

const exact = (column: string) =>
  sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const RANK = { URGENT: 4, HIGH: 3, NORMAL: 2, LOW: 1 } as const;

/** Sorts by key then id (Postgres orders uuids as their lowercase hex text). */
function sortedIds(rows: Array<{ id: string; key: string | number }>, direction: 'ASC' | 'DESC') {
  const sign = direction === 'ASC' ? 1 : -1;
  return [...rows]
    .sort((a, b) => {
      const byKey = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      return sign * (byKey || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    })
    .map((row) => row.id);
}

async function workOrderKeys(field: string, openOnly: boolean) {
  let query = h.db
    .selectFrom('workOrders')
    .select(['id', 'priority', exact('due_at').as('dueAt'), exact('created_at').as('createdAt')])
    .select(exact('updated_at').as('updatedAt'));
  if (openOnly) query = query.where('status', 'not in', ['COMPLETED', 'CLOSED', 'CANCELLED']);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    key:
      field === 'PRIORITY'
        ? RANK[row.priority]
        : field === 'DUE_AT'
          ? row.dueAt
          : field === 'CREATED_AT'
            ? row.createdAt
            : row.updatedAt,
  }));
}

describe('workOrders orderings', () => {
  const cases = ['DUE_AT', 'PRIORITY', 'CREATED_AT', 'UPDATED_AT'].flatMap((field) =>
    (['ASC', 'DESC'] as const).map((direction) => ({ field, direction })),
  );

  it.each(cases)(
    '$field $direction walks all work and open work forward and backward without gaps or repeats',
    async ({ field, direction }) => {
      const all = sortedIds(await workOrderKeys(field, false), direction);
      expect(all.length).toBeGreaterThan(200);
      const allOf = { orderBy: { field, direction } };
      expect(await walkForward(WORK_ORDERS, allOf, 37)).toEqual(all);
      expect(await walkBackward(WORK_ORDERS, allOf, 41)).toEqual(all);
      const open = sortedIds(await workOrderKeys(field, true), direction);
      expect(open.length).toBeGreaterThan(10);
      const openOf = { filter: { open: true }, orderBy: { field, direction } };
      expect(await walkForward(WORK_ORDERS, openOf, 4)).toEqual(open);
      expect(await walkBackward(WORK_ORDERS, openOf, 3)).toEqual(open);
    },
  );

  it('PRIORITY DESC puts URGENT before HIGH before NORMAL before LOW', async () => {
    const list = await page(
      /* GraphQL */ `query { list: workOrders(first: 500, orderBy: { field: PRIORITY, direction: DESC }) {
        totalCount totalCountIsEstimate edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      } }`,
      {},
    );
    const priorities = new Map(
      (await h.db.selectFrom('workOrders').select(['id', 'priority']).execute()).map((r) => [
        r.id,
        r.priority,
      ]),
    );
    const seen = list.edges.map((e) => RANK[priorities.get(e.node.id)!]);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBeGreaterThan(1);
  });

  it('without orderBy stays newest first', async () => {
    const expected = sortedIds(await workOrderKeys('CREATED_AT', false), 'DESC');
    expect(await walkForward(WORK_ORDERS, {}, 100)).toEqual(expected);
  });
});

describe('serviceRequests orderings', () => {
  it.each([
    { field: 'REQUESTED_AT', direction: 'ASC' },
    { field: 'REQUESTED_AT', direction: 'DESC' },
    { field: 'UPDATED_AT', direction: 'ASC' },
    { field: 'UPDATED_AT', direction: 'DESC' },
  ] as const)('$field $direction walks forward and backward', async ({ field, direction }) => {
    const rows = await h.db
      .selectFrom('serviceRequests')
      .select(['id', exact('requested_at').as('requestedAt'), exact('updated_at').as('updatedAt')])
      .where('district', '=', 2)
      .execute();
    const expected = sortedIds(
      rows.map((r) => ({ id: r.id, key: field === 'REQUESTED_AT' ? r.requestedAt : r.updatedAt })),
      direction,
    );
    expect(expected.length).toBeGreaterThan(10);
    const variables = { filter: { district: 2 }, orderBy: { field, direction } };
    expect(await walkForward(REQUESTS, variables, 7)).toEqual(expected);
    expect(await walkBackward(REQUESTS, variables, 9)).toEqual(expected);
  });
});

describe('cursors', () => {
  it('a cursor from another ordering (or direction) is BAD_USER_INPUT naming orderBy', async () => {
    const byDue = await page(WORK_ORDERS, { first: 2, orderBy: { field: 'DUE_AT' } });
    for (const orderBy of [{ field: 'UPDATED_AT' }, { field: 'DUE_AT', direction: 'DESC' }, null]) {
      const result = await h.query(WORK_ORDERS, {
        first: 2,
        after: byDue.pageInfo.endCursor,
        orderBy,
      });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'orderBy',
      });
    }
    const byPriority = await page(WORK_ORDERS, { first: 2, orderBy: { field: 'PRIORITY' } });
    const result = await h.query(WORK_ORDERS, {
      last: 2,
      before: byPriority.pageInfo.startCursor,
      orderBy: { field: 'CREATED_AT' },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('a forged priority cursor is BAD_USER_INPUT, not a SQL error', async () => {
    const forged = Buffer.from(
      JSON.stringify([
        'PRIORITY:ASC',
        '1); drop table x; --',
        '00000000-0000-4000-8000-000000000001',
      ]),
    ).toString('base64url');
    const result = await h.query(WORK_ORDERS, {
      first: 2,
      after: forged,
      orderBy: { field: 'PRIORITY' },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
