import { createLogger } from '@civicgraph/platform';
import { staffCaller } from '@civicgraph/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citySettings } from '../src/db/city.repository';
import { finishedWorkOrderStatuses } from '../src/db/work-order.table';
import { requestsSubgraph } from '../src/index';
import { actorOf } from '../src/lifecycle/actor';
import { createWorkOrder, insertServiceRequest } from '../src/lifecycle/create';
import { writeRequests } from '../src/lifecycle/requests-write';
import { changeWorkOrder } from '../src/lifecycle/work-order-change';
import { markOverdueWorkOrders, OVERDUE_JOB } from '../src/scheduler/overdue-scheduler';
import { slaDueAt } from '../src/sla/due-at';
import { type RequestsHarness, startRequestsHarness } from './harness';
import { loadProcessConfig, refusedVariables } from './process-config';

const supervisor = actorOf(staffCaller('SUPERVISOR'));

let harness: RequestsHarness;
beforeAll(async () => {
  harness = await startRequestsHarness(120);
});
afterAll(() => harness?.close());

/** `n` new open work orders, made past due (test setup: plain SQL on the due time). */
async function makePastDue(n: number): Promise<string[]> {
  const service = await harness.db
    .selectFrom('services')
    .selectAll()
    .where('code', '=', 'POTHOLE')
    .executeTakeFirstOrThrow();
  const ids = await writeRequests(harness.db, supervisor, async (write) => {
    const made: string[] = [];
    for (let i = 0; i < n; i++) {
      const request = await insertServiceRequest(write, {
        serviceId: service.id,
        channel: 'PHONE',
        description: `Pothole ${i}`,
        locale: 'en',
        lon: -112.07,
        lat: 33.45,
        address: '100 W Washington St',
        district: 7,
      });
      made.push((await createWorkOrder(write, { request, service })).id);
    }
    return made;
  });
  await harness.db
    .updateTable('workOrders')
    .set({ dueAt: sql`now() - interval '1 hour'` })
    .where('id', 'in', ids)
    .execute();
  return ids;
}

/** The subgraph's own background job, as the server starts it, scanning every second. */
function startBackground() {
  return requestsSubgraph.background!({
    db: harness.db,
    logger: createLogger('test', 'silent'),
    // The scheduler needs none of these: it only writes to its own database.
    databaseUrl: '',
    secrets: {} as never,
    peers: {} as never,
    config: { OVERDUE_SCAN_SECONDS: 1 },
  });
}

async function pendingIds(): Promise<string[]> {
  const rows = await harness.db
    .selectFrom('workOrders')
    .select('id')
    .where('status', 'not in', finishedWorkOrderStatuses)
    .where('overdue', '=', false)
    .where('dueAt', '<', sql<Date>`now()`)
    .execute();
  return rows.map((r) => r.id).sort();
}

async function countsMatchTable() {
  const kept = await harness.db
    .selectFrom('workOrderCounts')
    .select(['overdue', (eb) => eb.fn.sum<string>('count').as('n')])
    .groupBy('overdue')
    .execute();
  const actual = await harness.db
    .selectFrom('workOrders')
    .select(['overdue', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('overdue')
    .execute();
  const byOverdue = (rows: Array<{ overdue: boolean; n: string }>) =>
    Object.fromEntries(rows.filter((r) => Number(r.n) > 0).map((r) => [r.overdue, Number(r.n)]));
  expect(byOverdue(kept)).toEqual(byOverdue(actual));
}

describe('the overdue scheduler', () => {
  it('flips each past-due work order exactly once, with one entry and one event, even with two passes at once', async () => {
    const made = await makePastDue(30);
    const due = await pendingIds();
    expect(due).toEqual(expect.arrayContaining(made));
    const before = await harness.db
      .selectFrom('outboxEvents')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirstOrThrow();

    // Small batches, so that the two passes overlap for many transactions.
    const [a, b] = await Promise.all([
      markOverdueWorkOrders(harness.db, { batchSize: 4 }),
      markOverdueWorkOrders(harness.db, { batchSize: 4 }),
    ]);
    expect(a + b).toBe(due.length);
    expect(await pendingIds()).toEqual([]);

    const entries = await harness.db
      .selectFrom('changeLog')
      .selectAll()
      .where('action', '=', 'OVERDUE')
      .where('entityId', 'in', due)
      .execute();
    expect(entries.map((e) => e.entityId).sort()).toEqual(due);
    for (const entry of entries) {
      expect(entry).toMatchObject({ actorKind: 'SYSTEM', actorId: OVERDUE_JOB });
      expect(entry.changes).toEqual([{ field: 'overdue', from: false, to: true }]);
    }
    const events = await harness.db
      .selectFrom('outboxEvents')
      .selectAll()
      .where('id', '>', String(before.id ?? 0))
      .execute();
    expect(events.map((e) => e.entityId).sort()).toEqual(due);
    for (const event of events) {
      expect(event).toMatchObject({
        type: 'WORK_ORDER_UPDATED',
        action: 'OVERDUE',
        changed: ['overdue'],
        actorKind: 'SYSTEM',
        actorId: OVERDUE_JOB,
      });
      expect(event.facts).toMatchObject({ overdue: true });
    }
    await countsMatchTable();

    // A second run finds nothing left to do.
    expect(await markOverdueWorkOrders(harness.db)).toBe(0);
  });

  it('leaves finished work and work not yet due alone', async () => {
    const finished = await harness.db
      .selectFrom('workOrders')
      .select('id')
      .where('status', 'in', finishedWorkOrderStatuses)
      .where('overdue', '=', false)
      .limit(3)
      .execute();
    expect(finished.length).toBeGreaterThan(0);
    const ids = finished.map((r) => r.id);
    await harness.db
      .updateTable('workOrders')
      .set({ dueAt: sql`now() - interval '1 day'` })
      .where('id', 'in', ids)
      .execute();
    const [notDue] = await makePastDue(1);
    await harness.db
      .updateTable('workOrders')
      .set({ dueAt: sql`now() + interval '1 day'` })
      .where('id', '=', notDue!)
      .execute();
    expect(await markOverdueWorkOrders(harness.db)).toBe(0);
    const still = await harness.db
      .selectFrom('workOrders')
      .select(['id', 'overdue'])
      .where('id', 'in', [...ids, notDue!])
      .execute();
    expect(still.every((r) => !r.overdue)).toBe(true);
  });

  it('is lowered by the change that ends it: finishing the work, or a later due time', async () => {
    const [cancelled, moved, reassigned] = await makePastDue(3);
    await markOverdueWorkOrders(harness.db);

    const afterCancel = await writeRequests(harness.db, supervisor, (write) =>
      changeWorkOrder(write, cancelled!, null, () => ({
        action: 'CANCEL',
        transition: 'CANCEL',
        note: 'Reported twice',
      })),
    );
    expect(afterCancel).toMatchObject({ status: 'CANCELLED', overdue: false });

    const later = new Date(Date.now() + 86_400_000);
    const afterMove = await writeRequests(harness.db, supervisor, (write) =>
      changeWorkOrder(write, moved!, null, () => ({ action: 'PRIORITY', set: { dueAt: later } })),
    );
    expect(afterMove.overdue).toBe(false);

    // Still open and still past due: stays overdue.
    const afterAssign = await writeRequests(harness.db, supervisor, (write) =>
      changeWorkOrder(write, reassigned!, null, () => ({ action: 'ASSIGN', transition: 'ASSIGN' })),
    );
    expect(afterAssign.overdue).toBe(true);

    const events = await harness.db
      .selectFrom('outboxEvents')
      .select(['entityId', 'action', 'changed'])
      .where('entityId', 'in', [cancelled!, moved!, reassigned!])
      .where('action', 'in', ['CANCEL', 'PRIORITY', 'ASSIGN'])
      .execute();
    const changedOf = (id: string) => events.find((e) => e.entityId === id)?.changed;
    expect(changedOf(cancelled!)).toContain('overdue');
    expect(changedOf(moved!)).toEqual(['dueAt', 'overdue']);
    expect(changedOf(reassigned!)).not.toContain('overdue');
    await countsMatchTable();
  });

  it('runs in the background on its interval and leaves nothing running once stopped', async () => {
    const [id] = await makePastDue(1);
    const stop = startBackground();
    try {
      let overdue = false;
      for (let i = 0; i < 100 && !overdue; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const row = await harness.db
          .selectFrom('workOrders')
          .select('overdue')
          .where('id', '=', id!)
          .executeTakeFirstOrThrow();
        overdue = row.overdue;
      }
      expect(overdue).toBe(true);
    } finally {
      await stop();
    }
    harness.resetStatements();
    // Longer than an interval: a timer left behind would run a scan by now.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(harness.statements).toEqual([]);
  });

  it('stops in the middle of a pass without leaving a query behind', async () => {
    await makePastDue(5);
    let stopping: Promise<void> | null = null;
    const stop = startBackground();
    harness.resetStatements();
    // Stop as soon as the pass has run its first statement.
    for (let i = 0; i < 200 && harness.statements.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(harness.statements.length).toBeGreaterThan(0);
    stopping = stop();
    await stopping;
    const seen = harness.statements.length;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(harness.statements.length).toBe(seen);
    // The batch it was in committed whole: every flip has its entry.
    const flipped = await harness.db
      .selectFrom('workOrders')
      .select('id')
      .where('overdue', '=', true)
      .where('id', 'not in', (eb) =>
        eb.selectFrom('changeLog').select('entityId').where('action', '=', 'OVERDUE'),
      )
      .where('changedById', '=', OVERDUE_JOB)
      .execute();
    expect(flipped).toEqual([]);
  });
});

describe('the SLA clock on the stored city', () => {
  it('reads holidays as local dates, so a business-hours SLA skips them', async () => {
    const { city } = await citySettings(harness.db);
    expect(city.holidays).toContain('2026-11-26');
    // Wednesday before Thanksgiving, 16:00 in Phoenix: 1 h, then the holidays and the weekend.
    const due = slaDueAt(city, { hours: 3, businessHours: true }, new Date('2026-11-25T23:00:00Z'));
    expect(due.toISOString()).toBe('2026-11-30T17:00:00.000Z');
  });
});

describe('OVERDUE_SCAN_SECONDS', () => {
  it('is checked with the process variables, every bad one reported at once', () => {
    expect(loadProcessConfig()).toMatchObject({ OVERDUE_SCAN_SECONDS: 30 });
    expect(loadProcessConfig({ OVERDUE_SCAN_SECONDS: '5' })).toMatchObject({
      OVERDUE_SCAN_SECONDS: 5,
    });
    expect(refusedVariables({ OVERDUE_SCAN_SECONDS: '0', PORT: 'x' })).toEqual([
      'OVERDUE_SCAN_SECONDS',
      'PORT',
    ]);
  });
});
