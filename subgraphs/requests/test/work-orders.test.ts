import { dataOf, errorCodes } from '@civicgraph/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestsHarness, startRequestsHarness } from './harness';

interface WorkOrderNode {
  id: string;
  number: string;
  status: string;
  overdue: boolean;
  department: { id: string };
}

interface Page {
  workOrders: {
    totalCount: number;
    edges: Array<{ cursor: string; node: WorkOrderNode }>;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string;
      endCursor: string;
    };
  };
}

const LIST = /* GraphQL */ `
  query List($first: Int, $after: String, $last: Int, $before: String, $filter: WorkOrderFilter) {
    workOrders(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      edges { cursor node { id number status overdue department { id } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`;

const FINISHED = ['COMPLETED', 'CLOSED', 'CANCELLED'];

let h: RequestsHarness;

beforeAll(async () => {
  h = await startRequestsHarness();
});

afterAll(async () => {
  await h?.close();
});

/** Every work order matching the filter, newest first, by walking pages forward. */
async function walkForward(filter: Record<string, unknown>, first: number) {
  const nodes: WorkOrderNode[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const page: Page = dataOf(await h.query<Page>(LIST, { first, after, filter }));
    nodes.push(...page.workOrders.edges.map((e) => e.node));
    if (!page.workOrders.pageInfo.hasNextPage) return nodes;
    after = page.workOrders.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

describe('workOrders filters', () => {
  it('open: true returns only unfinished orders, and totalCount is the SQL count', async () => {
    const expected = await h.db
      .selectFrom('workOrders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', 'not in', ['COMPLETED', 'CLOSED', 'CANCELLED'])
      .executeTakeFirstOrThrow();
    expect(Number(expected.n)).toBeGreaterThan(0);
    const nodes = await walkForward({ open: true }, 100);
    const page = dataOf(await h.query<Page>(LIST, { first: 1, filter: { open: true } }));
    expect(page.workOrders.totalCount).toBe(Number(expected.n));
    expect(nodes).toHaveLength(Number(expected.n));
    for (const node of nodes) expect(FINISHED).not.toContain(node.status);
  });

  it('open: false returns only finished orders', async () => {
    const nodes = await walkForward({ open: false }, 500);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(FINISHED).toContain(node.status);
  });

  it('statuses returns exactly the orders in those statuses', async () => {
    const statuses = ['NEW', 'ON_HOLD'];
    const expected = await h.db
      .selectFrom('workOrders')
      .select('id')
      .where('status', 'in', statuses as ['NEW', 'ON_HOLD'])
      .execute();
    const nodes = await walkForward({ statuses }, 50);
    expect(new Set(nodes.map((n) => n.id))).toEqual(new Set(expected.map((r) => r.id)));
    for (const node of nodes) expect(statuses).toContain(node.status);
    const page = dataOf(await h.query<Page>(LIST, { first: 0, filter: { statuses } }));
    expect(page.workOrders.totalCount).toBe(expected.length);
    expect(page.workOrders.edges).toEqual([]);
  });

  it('an empty statuses list matches nothing (and is not a SQL error)', async () => {
    const page = dataOf(await h.query<Page>(LIST, { filter: { statuses: [] } }));
    expect(page.workOrders.totalCount).toBe(0);
    expect(page.workOrders.edges).toEqual([]);
  });

  it('departmentId returns only that department’s orders', async () => {
    const departmentId = h.city.services[0]!.departmentId;
    const expected = await h.db
      .selectFrom('workOrders')
      .select('id')
      .where('departmentId', '=', departmentId)
      .execute();
    expect(expected.length).toBeGreaterThan(0);
    const nodes = await walkForward({ departmentId }, 100);
    expect(new Set(nodes.map((n) => n.id))).toEqual(new Set(expected.map((r) => r.id)));
    for (const node of nodes) expect(node.department.id).toBe(departmentId);
  });

  it('combines filters: open orders of one department in one district', async () => {
    const departmentId = h.city.services[0]!.departmentId;
    const expected = await h.db
      .selectFrom('workOrders as w')
      .innerJoin('serviceRequests as r', 'r.id', 'w.serviceRequestId')
      .select('w.id')
      .where('w.departmentId', '=', departmentId)
      .where('r.district', '=', 3)
      .where('w.status', 'not in', ['COMPLETED', 'CLOSED', 'CANCELLED'])
      .execute();
    const filter = { departmentId, district: 3, open: true };
    const nodes = await walkForward(filter, 100);
    expect(new Set(nodes.map((n) => n.id))).toEqual(new Set(expected.map((r) => r.id)));
    const page = dataOf(await h.query<Page>(LIST, { first: 1, filter }));
    expect(page.workOrders.totalCount).toBe(expected.length);
  });

  it('overdue: true returns unfinished orders past due, each flagged overdue', async () => {
    const expected = await h.db
      .selectFrom('workOrders')
      .select('id')
      .where('status', 'not in', ['COMPLETED', 'CLOSED', 'CANCELLED'])
      .where('dueAt', '<', sql<Date>`now()`)
      .execute();
    expect(expected.length).toBeGreaterThan(0);
    const nodes = await walkForward({ overdue: true }, 100);
    expect(new Set(nodes.map((n) => n.id))).toEqual(new Set(expected.map((r) => r.id)));
    for (const node of nodes) expect(node.overdue).toBe(true);
    const others = await walkForward({ overdue: false }, 500);
    expect(others.length + nodes.length).toBe(h.city.requestCount);
    for (const node of others) expect(node.overdue).toBe(false);
  });
});

describe('workOrders pagination', () => {
  it('walks every page forward, newest first, without duplicates or gaps', async () => {
    const expected = await h.db
      .selectFrom('workOrders')
      .select('id')
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .execute();
    const nodes = await walkForward({}, 37);
    expect(nodes.map((n) => n.id)).toEqual(expected.map((r) => r.id));
  });

  it('walks every page backward with last/before to the same order', async () => {
    const forward = (await walkForward({}, 500)).map((n) => n.id);
    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: Page = dataOf(await h.query<Page>(LIST, { last: 41, before }));
      backward.unshift(...page.workOrders.edges.map((e) => e.node.id));
      if (!page.workOrders.pageInfo.hasPreviousPage) break;
      before = page.workOrders.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it('defaults to 50 per page', async () => {
    const page = dataOf(await h.query<Page>(LIST, {}));
    expect(page.workOrders.edges).toHaveLength(50);
    expect(page.workOrders.pageInfo.hasNextPage).toBe(true);
    expect(page.workOrders.totalCount).toBe(h.city.requestCount);
  });

  it.each([
    ['a forged cursor', { first: 10, after: 'not-a-cursor' }],
    ['a cursor of another shape', { first: 10, after: Buffer.from('[1,2]').toString('base64url') }],
    [
      'a cursor with a malformed id',
      {
        first: 10,
        after: Buffer.from('["2026-11-01T00:00:00.000000Z","x"]').toString('base64url'),
      },
    ],
    [
      'a cursor with a malformed time',
      {
        first: 10,
        after: Buffer.from('["yesterday","00000000-0000-4000-8000-000000000000"]').toString(
          'base64url',
        ),
      },
    ],
    [
      'a cursor naming February 30',
      {
        first: 10,
        after: Buffer.from(
          '["2026-02-30T00:00:00.000000Z","00000000-0000-4000-8000-000000000000"]',
        ).toString('base64url'),
      },
    ],
    [
      'a cursor in year 0',
      {
        first: 10,
        after: Buffer.from(
          '["0000-01-01T00:00:00.000000Z","00000000-0000-4000-8000-000000000000"]',
        ).toString('base64url'),
      },
    ],
    ['first above 500', { first: 1000 }],
    ['last above 500', { last: 501 }],
    ['a negative first', { first: -1 }],
    ['both first and last', { first: 5, last: 5 }],
    ['a malformed departmentId', { filter: { departmentId: 'streets' } }],
    ['a malformed assigneeId', { filter: { assigneeId: '1234' } }],
  ])('%s is BAD_USER_INPUT', async (_name, variables) => {
    const response = await h.query<Page>(LIST, variables);
    expect(response.data?.workOrders ?? null).toBeNull();
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('workOrder', () => {
  const ONE = /* GraphQL */ `
    query One($id: ID, $number: String) {
      workOrder(id: $id, number: $number) {
        id number status priority summary assetId version overdue
        location { lon lat }
        createdAt dueAt completedAt closedAt resolution
        serviceRequest { id number }
        service { id code }
        department { id }
        crew { id }
        assignee { id }
      }
    }
  `;

  it('returns the seeded values, by id and by number', async () => {
    const batches = [...h.city.requestBatches()];
    const seeded = batches.flatMap((b) => b.workOrders);
    const assigned = seeded.find((w) => w.assigneeId && w.assetId)!;
    const request = batches
      .flatMap((b) => b.serviceRequests)
      .find((r) => r.id === assigned.serviceRequestId)!;
    const service = h.city.services.find((s) => s.id === assigned.serviceId)!;
    const byId = dataOf(
      await h.query<{ workOrder: Record<string, unknown> }>(ONE, { id: assigned.id }),
    );
    expect(byId.workOrder).toEqual({
      id: assigned.id,
      number: assigned.number,
      status: assigned.status,
      priority: assigned.priority,
      summary: assigned.summary,
      assetId: assigned.assetId,
      version: 1,
      overdue: !FINISHED.includes(assigned.status) && assigned.dueAt < new Date(),
      location: { lon: assigned.lon, lat: assigned.lat },
      createdAt: assigned.createdAt.toISOString(),
      dueAt: assigned.dueAt.toISOString(),
      completedAt: assigned.completedAt?.toISOString() ?? null,
      closedAt: assigned.closedAt?.toISOString() ?? null,
      resolution: assigned.resolution,
      serviceRequest: { id: request.id, number: request.number },
      service: { id: service.id, code: service.code },
      department: { id: assigned.departmentId },
      crew: { id: assigned.crewId },
      assignee: { id: assigned.assigneeId },
    });
    const byNumber = dataOf(
      await h.query<{ workOrder: { id: string } }>(ONE, { number: assigned.number }),
    );
    expect(byNumber.workOrder.id).toBe(assigned.id);
  });

  it('returns null crew and assignee for an unassigned order', async () => {
    const seeded = [...h.city.requestBatches()].flatMap((b) => b.workOrders);
    const unassigned = seeded.find((w) => w.crewId === null && w.assigneeId === null)!;
    const data = dataOf(
      await h.query<{ workOrder: { crew: null; assignee: null } }>(ONE, { id: unassigned.id }),
    );
    expect(data.workOrder.crew).toBeNull();
    expect(data.workOrder.assignee).toBeNull();
  });

  it('is null for an unknown id, BAD_USER_INPUT for a malformed one or no key', async () => {
    const unknown = await h.query<{ workOrder: null }>(ONE, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(dataOf(unknown).workOrder).toBeNull();
    expect(errorCodes(await h.query(ONE, { id: 'WO-1' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await h.query(ONE, {}))).toEqual(['BAD_USER_INPUT']);
  });
});
