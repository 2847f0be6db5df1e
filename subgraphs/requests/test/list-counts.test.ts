import { dataOf } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exactCount } from '../src/db/bounded-count';
import {
  countServiceRequests,
  filteredServiceRequests,
} from '../src/db/service-request.repository';
import {
  countersServe,
  countWorkOrders,
  filteredWorkOrders,
  type WorkOrderFilter,
} from '../src/db/work-order.repository';
import { actorOf } from '../src/lifecycle/actor';
import { writeRequests } from '../src/lifecycle/requests-write';
import { changeWorkOrder } from '../src/lifecycle/work-order-change';
import { type RequestsHarness, startRequestsHarness } from './harness';

const dispatcher = actorOf({
  kind: 'staff',
  id: '00000000-0000-4000-8000-000000000001',
  roles: ['DISPATCHER'],
});

let h: RequestsHarness;

beforeAll(async () => {
  h = await startRequestsHarness(200);
  // Move work through the write core, so the counters it keeps are what is checked:
  // assignments, priority changes, holds, completions, cancellations, overdue flags.
  const open = await h.db
    .selectFrom('workOrders')
    .selectAll()
    .where('status', 'not in', ['COMPLETED', 'CLOSED', 'CANCELLED'])
    .orderBy('id')
    .execute();
  expect(open.length).toBeGreaterThan(8);
  const steps = [
    { action: 'PRIORITY', set: { priority: 'URGENT' } },
    { action: 'OVERDUE', set: { overdue: true } },
    { action: 'CANCEL', transition: 'CANCEL', note: 'not needed' },
    { action: 'PRIORITY', set: { priority: 'LOW' } },
  ] as const;
  for (const [i, workOrder] of open.slice(0, 8).entries()) {
    await writeRequests(h.db, dispatcher, (write) =>
      changeWorkOrder(write, workOrder.id, workOrder.version, () => steps[i % steps.length]!),
    );
  }
});

afterAll(async () => {
  await h?.close();
});

describe('totalCount from the counters', () => {
  it.each<[string, () => Promise<WorkOrderFilter>]>([
    ['everything', async () => ({})],
    ['open', async () => ({ open: true })],
    ['finished', async () => ({ open: false })],
    ['statuses', async () => ({ statuses: ['NEW', 'CANCELLED'] })],
    ['overdue', async () => ({ overdue: true })],
    ['not overdue, open', async () => ({ overdue: false, open: true })],
    ['district 3, open', async () => ({ district: 3, open: true })],
    ['priorities', async () => ({ priorities: ['URGENT', 'LOW'] })],
    [
      'department and service',
      async () => {
        const w = await h.db.selectFrom('workOrders').selectAll().executeTakeFirstOrThrow();
        return { departmentId: w.departmentId, serviceId: w.serviceId, open: true };
      },
    ],
  ])('%s: the counters sum to count(*) after writes', async (_name, make) => {
    const filter = await make();
    expect(countersServe(filter)).toBe(true);
    const exact = await exactCount(h.db, filteredWorkOrders(h.db, filter).select('id'));
    h.resetStatements();
    expect(await countWorkOrders(h.db, filter)).toEqual({ count: exact, isEstimate: false });
    // Read from the counters, not the work orders.
    expect(h.statements.join('\n')).toMatch(/work_order_counts/);
    expect(h.statements.join('\n')).not.toMatch(/from "work_orders"/);
  });

  it('through GraphQL, the overdue count follows the stored flag', async () => {
    const flagged = await h.db
      .selectFrom('workOrders')
      .select('id')
      .where('overdue', '=', true)
      .execute();
    expect(flagged.length).toBeGreaterThan(0);
    const list = dataOf(
      await h.query<{ workOrders: { totalCount: number; totalCountIsEstimate: boolean } }>(
        '{ workOrders(first: 1, filter: { overdue: true }) { totalCount totalCountIsEstimate } }',
      ),
    ).workOrders;
    expect(list).toEqual({ totalCount: flagged.length, totalCountIsEstimate: false });
  });
});

describe('totalCount of other filters: exact up to a threshold, an estimate above it', () => {
  it('counts exactly at or below the threshold', async () => {
    const w = await h.db
      .selectFrom('workOrders')
      .selectAll()
      .where('crewId', 'is not', null)
      .executeTakeFirstOrThrow();
    const filter = { crewId: w.crewId };
    expect(countersServe(filter)).toBe(false);
    const exact = await exactCount(h.db, filteredWorkOrders(h.db, filter).select('id'));
    expect(await countWorkOrders(h.db, filter, exact)).toEqual({ count: exact, isEstimate: false });
  });

  it('above the threshold says it estimated, and never less than it saw', async () => {
    const filter = { text: 'street' };
    const exact = await exactCount(h.db, filteredWorkOrders(h.db, filter).select('id'));
    expect(exact).toBeGreaterThan(6);
    const counted = await countWorkOrders(h.db, filter, 5);
    expect(counted.isEstimate).toBe(true);
    expect(counted.count).toBeGreaterThanOrEqual(6);
    const requests = await countServiceRequests(h.db, {}, 5);
    expect(requests.isEstimate).toBe(true);
    const allRequests = await exactCount(h.db, filteredServiceRequests(h.db, {}).select('id'));
    // The planner's estimate of a whole, analysed table is its size.
    expect(requests.count).toBeGreaterThanOrEqual(6);
    expect(requests.count).toBeLessThanOrEqual(allRequests * 2);
  });

  it('GraphQL marks an exact count as exact', async () => {
    const list = dataOf(
      await h.query<{ serviceRequests: { totalCount: number; totalCountIsEstimate: boolean } }>(
        '{ serviceRequests(first: 1, filter: { text: "street" }) { totalCount totalCountIsEstimate } }',
      ),
    ).serviceRequests;
    const exact = await exactCount(
      h.db,
      filteredServiceRequests(h.db, { text: 'street' }).select('id'),
    );
    expect(list).toEqual({ totalCount: exact, totalCountIsEstimate: false });
  });
});
