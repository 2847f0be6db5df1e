import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf } from '../src/lifecycle/actor';
import { ChangeRefused } from '../src/lifecycle/change-refused';
import { createWorkOrder, insertServiceRequest } from '../src/lifecycle/create';
import { writeRequests } from '../src/lifecycle/requests-write';
import { changeWorkOrder } from '../src/lifecycle/work-order-change';
import { type RequestsHarness, startRequestsHarness } from './harness';

const dispatcher = actorOf({
  kind: 'staff',
  id: '00000000-0000-4000-8000-000000000001',
  roles: ['DISPATCHER'],
});

let harness: RequestsHarness;
beforeAll(async () => {
  harness = await startRequestsHarness(50);
});
afterAll(() => harness?.close());

async function countsMatchTable() {
  const { db } = harness;
  const counted = await db
    .selectFrom('workOrderCounts')
    .select((eb) => eb.fn.sum<string>('count').as('n'))
    .executeTakeFirstOrThrow();
  const open = await db
    .selectFrom('workOrderCounts')
    .select(['status', (eb) => eb.fn.sum<string>('count').as('n')])
    .groupBy('status')
    .execute();
  const actual = await db
    .selectFrom('workOrders')
    .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('status')
    .execute();
  const total = await db
    .selectFrom('workOrders')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  expect(Number(counted.n)).toBe(Number(total.n));
  expect(
    Object.fromEntries(open.filter((r) => Number(r.n) > 0).map((r) => [r.status, Number(r.n)])),
  ).toEqual(Object.fromEntries(actual.map((r) => [r.status, Number(r.n)])));
}

describe('the write core', () => {
  it('creates a request with its work order, moves it, refuses stale and impossible changes', async () => {
    const { db } = harness;
    const service = await db
      .selectFrom('services')
      .selectAll()
      .where('code', '=', 'POTHOLE')
      .executeTakeFirstOrThrow();
    const { request, workOrder } = await writeRequests(db, dispatcher, async (write) => {
      const request = await insertServiceRequest(write, {
        serviceId: service.id,
        channel: 'PHONE',
        description: 'Deep pothole in the right lane',
        locale: 'en',
        lon: -112.07,
        lat: 33.45,
        address: '100 W Washington St',
        district: 7,
      });
      const workOrder = await createWorkOrder(write, { request, service });
      return { request, workOrder };
    });
    expect(request.number).toMatch(/^PHX-\d\d-\d{6}$/);
    expect(workOrder).toMatchObject({ status: 'NEW', version: 1, district: 7, slaHours: 72 });
    expect(workOrder.dueAt.getTime() - workOrder.createdAt.getTime()).toBe(72 * 3_600_000);

    const assigned = await writeRequests(db, dispatcher, (write) =>
      changeWorkOrder(write, workOrder.id, 1, () => ({ action: 'ASSIGN', transition: 'ASSIGN' })),
    );
    expect(assigned).toMatchObject({ status: 'ASSIGNED', version: 2, changedByKind: 'STAFF' });

    const stale = writeRequests(db, dispatcher, (write) =>
      changeWorkOrder(write, workOrder.id, 1, () => ({ action: 'START', transition: 'START' })),
    );
    await expect(stale).rejects.toMatchObject({ code: 'CONFLICT', details: { currentVersion: 2 } });
    const impossible = writeRequests(db, dispatcher, (write) =>
      changeWorkOrder(write, workOrder.id, 2, () => ({ action: 'CLOSE', transition: 'CLOSE' })),
    );
    await expect(impossible).rejects.toBeInstanceOf(ChangeRefused);
    await expect(impossible).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { from: 'ASSIGNED', to: 'CLOSED' },
    });

    for (const [version, step] of [
      [2, 'START'],
      [3, 'COMPLETE'],
    ] as const) {
      await writeRequests(db, dispatcher, (write) =>
        changeWorkOrder(write, workOrder.id, version, () => ({
          action: step,
          transition: step,
          note: 'done',
        })),
      );
    }
    const closedRequest = await db
      .selectFrom('serviceRequests')
      .selectAll()
      .where('id', '=', request.id)
      .executeTakeFirstOrThrow();
    expect(closedRequest).toMatchObject({ status: 'CLOSED', version: 2 });

    const history = await db
      .selectFrom('changeLog')
      .selectAll()
      .where('serviceRequestId', '=', request.id)
      .orderBy('id')
      .execute();
    expect(history.map((h) => `${h.entityType}:${h.action}:${h.version}`)).toEqual([
      'SERVICE_REQUEST:CREATE:1',
      'WORK_ORDER:CREATE:1',
      'WORK_ORDER:ASSIGN:2',
      'WORK_ORDER:START:3',
      'WORK_ORDER:COMPLETE:4',
      'SERVICE_REQUEST:CLOSE:2',
    ]);
    const events = await db
      .selectFrom('outboxEvents')
      .selectAll()
      .where('serviceRequestId', '=', request.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => `${e.type}:${e.action}:${e.entityVersion}`)).toEqual(
      history.map(
        (h) =>
          `${h.entityType === 'WORK_ORDER' ? 'WORK_ORDER' : 'SERVICE_REQUEST'}_${h.action === 'CREATE' ? 'CREATED' : 'UPDATED'}:${h.action}:${h.version}`,
      ),
    );
    expect(events[2]!.changed).toEqual(['status']);
    await countsMatchTable();
  });
});
