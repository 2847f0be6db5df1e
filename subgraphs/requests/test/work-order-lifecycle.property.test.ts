import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type WorkOrderStatus, workOrderStatuses } from '../src/db/work-order.table';
import { bulkAssignWorkOrders } from '../src/lifecycle/bulk-assign';
import { ChangeRefused } from '../src/lifecycle/change-refused';
import { splitWorkOrder } from '../src/lifecycle/split';
import { allows, requestStatusFor, type WorkOrderTransition } from '../src/lifecycle/state-machine';
import {
  addWorkOrderNote,
  assignWorkOrder,
  cancelWorkOrder,
  changeWorkOrderPriority,
  closeWorkOrder,
  completeWorkOrder,
  holdWorkOrder,
  type LifecycleContext,
  reopenWorkOrder,
  resumeWorkOrder,
  startWorkOrder,
  type WorkOrderTarget,
} from '../src/lifecycle/work-order-commands';
import { asStaff, type LifecycleHarness, startLifecycleHarness } from './lifecycle-harness';

// Random sequences of lifecycle operations, allowed and not, at the right version or a
// stale one, by a supervisor or by a field worker of another crew, on three work
// orders (two of one request, one of another). A model predicts each outcome; the
// database must agree, and keep its invariants after every step.

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startLifecycleHarness(20);
});
afterAll(() => h?.close());

const SIMPLE = ['START', 'HOLD', 'RESUME', 'COMPLETE', 'CLOSE', 'CANCEL', 'REOPEN'] as const;
const FIELD_WORK = new Set(['START', 'HOLD', 'RESUME', 'COMPLETE', 'NOTE']);

type Op =
  | {
      kind: (typeof SIMPLE)[number] | 'PRIORITY' | 'NOTE' | 'SPLIT';
      wo: number;
      stale: boolean;
      byWorker: boolean;
    }
  | { kind: 'ASSIGN'; wo: number; stale: boolean; toOtherCrew: boolean; byWorker: false }
  | { kind: 'BULK'; items: Array<{ wo: number; stale: boolean }>; toOtherCrew: boolean };

const woIndex = fc.integer({ min: 0, max: 2 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constantFrom(...SIMPLE, 'PRIORITY', 'NOTE', 'SPLIT'),
    wo: woIndex,
    stale: fc.boolean(),
    byWorker: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('ASSIGN' as const),
    wo: woIndex,
    stale: fc.boolean(),
    toOtherCrew: fc.boolean(),
    byWorker: fc.constant(false as const),
  }),
  fc.record({
    kind: fc.constant('BULK' as const),
    items: fc.uniqueArray(fc.record({ wo: woIndex, stale: fc.boolean() }), {
      minLength: 1,
      maxLength: 3,
      selector: (item) => item.wo,
    }),
    toOtherCrew: fc.boolean(),
  }),
);

interface Modelled {
  id: string;
  requestId: string;
  status: WorkOrderStatus;
  version: number;
  crewId: string | null;
}

function transitionOf(kind: Op['kind']): WorkOrderTransition | null {
  return kind === 'PRIORITY' || kind === 'NOTE' || kind === 'SPLIT' || kind === 'BULK'
    ? null
    : kind;
}

/** The code the model expects (null: applied). Version first, then the crew rule, then the machine. */
function predicted(wo: Modelled, kind: Op['kind'], stale: boolean, byWorker: boolean) {
  if (stale) return 'CONFLICT';
  if (byWorker && FIELD_WORK.has(kind) && kind !== 'NOTE' && wo.crewId !== h.people.otherCrew.id) {
    return 'FORBIDDEN';
  }
  const transition = transitionOf(kind);
  if (transition && !allows(transition, wo.status)) return 'INVALID_TRANSITION';
  return null;
}

async function run(op: Exclude<Op, { kind: 'BULK' }>, wo: Modelled, ctx: LifecycleContext) {
  const target: WorkOrderTarget = {
    id: wo.id,
    expectedVersion: op.stale ? wo.version - 1 : wo.version,
  };
  const resolution = { resolutionCode: h.people.resolutionCode, note: 'Resolved' };
  switch (op.kind) {
    case 'ASSIGN':
      return assignWorkOrder(ctx, target, {
        crewId: op.toOtherCrew ? h.people.otherCrew.id : h.people.crew.id,
      });
    case 'START':
      return startWorkOrder(ctx, target);
    case 'HOLD':
      return holdWorkOrder(ctx, target, 'Waiting');
    case 'RESUME':
      return resumeWorkOrder(ctx, target);
    case 'COMPLETE':
      return completeWorkOrder(ctx, target, resolution);
    case 'CLOSE':
      return closeWorkOrder(ctx, target, resolution);
    case 'CANCEL':
      return cancelWorkOrder(ctx, target, 'Not needed');
    case 'REOPEN':
      return reopenWorkOrder(ctx, target, 'Again');
    case 'PRIORITY':
      return changeWorkOrderPriority(ctx, target, 'HIGH');
    case 'NOTE':
      return addWorkOrderNote(ctx, target, { body: 'Noted', visibility: 'PUBLIC' });
    case 'SPLIT':
      return (await splitWorkOrder(ctx, target, { summary: 'More work' })).original;
  }
}

async function codeOf(work: () => Promise<unknown>): Promise<string | null> {
  try {
    await work();
    return null;
  } catch (error) {
    if (error instanceof ChangeRefused) return error.code;
    throw error;
  }
}

/** What the database holds for these requests, checked against every invariant. */
async function checkInvariants(requestIds: string[], model: Modelled[]) {
  const { db } = h.requests;
  const workOrders = await db
    .selectFrom('workOrders')
    .select(['id', 'serviceRequestId', 'status', 'version'])
    .where('serviceRequestId', 'in', requestIds)
    .execute();
  for (const wo of workOrders) expect(workOrderStatuses).toContain(wo.status);
  for (const modelled of model) {
    const row = workOrders.find((w) => w.id === modelled.id)!;
    expect({ status: row.status, version: row.version }).toEqual({
      status: modelled.status,
      version: modelled.version,
    });
  }
  const requests = await db
    .selectFrom('serviceRequests')
    .select(['id', 'status', 'version'])
    .where('id', 'in', requestIds)
    .execute();
  for (const request of requests) {
    const statuses = workOrders
      .filter((w) => w.serviceRequestId === request.id)
      .map((w) => w.status);
    expect(request.status).toBe(requestStatusFor(statuses));
  }
  // Every version of every entity exactly once in the audit trail and in the outbox.
  const versions = [
    ...workOrders.map((w) => ({ id: w.id, version: w.version })),
    ...requests.map((r) => ({ id: r.id, version: r.version })),
  ];
  const entries = await db
    .selectFrom('changeLog')
    .select(['entityId', 'version'])
    .where('serviceRequestId', 'in', requestIds)
    .execute();
  const events = await db
    .selectFrom('outboxEvents')
    .select(['entityId', 'entityVersion as version'])
    .where('serviceRequestId', 'in', requestIds)
    .execute();
  const expected = versions
    .flatMap(({ id, version }) => Array.from({ length: version }, (_, i) => `${id}:${i + 1}`))
    .sort();
  expect(entries.map((e) => `${e.entityId}:${e.version}`).sort()).toEqual(expected);
  expect(events.map((e) => `${e.entityId}:${e.version}`).sort()).toEqual(expected);
}

async function countersMatchRecount() {
  const { rows } = await sql<{ n: string }>`
    select count(*) as n from (
      select status, department_id, service_id, coalesce(district, 0) as district, priority, overdue, count(*) as count
      from work_orders group by 1, 2, 3, 4, 5, 6
      except
      select status, department_id, service_id, district, priority, overdue, count
      from work_order_counts where count > 0
    ) differences`.execute(h.requests.db);
  const { rows: extra } = await sql<{ n: string }>`
    select count(*) as n from work_order_counts c where count > 0 and not exists (
      select 1 from work_orders w where w.status = c.status and w.department_id = c.department_id
      and w.service_id = c.service_id and coalesce(w.district, 0) = c.district
      and w.priority = c.priority and w.overdue = c.overdue)`.execute(h.requests.db);
  expect([Number(rows[0]!.n), Number(extra[0]!.n)]).toEqual([0, 0]);
}

it('random operations keep the machine, the audit trail, the outbox, request status and counters', async () => {
  const supervisor = h.contextFor(asStaff(h.people.supervisor));
  const worker = h.contextFor(asStaff(h.people.otherCrewWorker));
  await fc.assert(
    fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 15 }), async (ops) => {
      const [a, b] = await h.newWorkOrders(2);
      const { split } = await splitWorkOrder(
        supervisor,
        { id: a!.id, expectedVersion: 1 },
        { summary: 'Second' },
      );
      const model: Modelled[] = [
        { id: a!.id, requestId: a!.serviceRequestId, status: 'NEW', version: 2, crewId: null },
        {
          id: split.id,
          requestId: split.serviceRequestId,
          status: 'NEW',
          version: 1,
          crewId: null,
        },
        { id: b!.id, requestId: b!.serviceRequestId, status: 'NEW', version: 1, crewId: null },
      ];
      const requestIds = [a!.serviceRequestId, b!.serviceRequestId];
      for (const op of ops) {
        if (op.kind === 'BULK') {
          const items = op.items.map((item) => ({ wo: model[item.wo]!, stale: item.stale }));
          const refusals = items.map((item) => predicted(item.wo, 'ASSIGN', item.stale, false));
          const result = await bulkAssignWorkOrders(
            supervisor,
            items.map((item) => ({
              id: item.wo.id,
              expectedVersion: item.wo.version - (item.stale ? 1 : 0),
            })),
            { crewId: op.toOtherCrew ? h.people.otherCrew.id : h.people.crew.id },
          );
          const applied = refusals.every((code) => code === null);
          expect(result.applied).toBe(applied);
          expect(result.results.map((r) => r.error?.code ?? null)).toEqual(
            applied ? refusals : refusals.map((code) => code ?? 'NOT_APPLIED'),
          );
          if (applied) {
            for (const { wo } of items) {
              Object.assign(wo, {
                status: 'ASSIGNED',
                version: wo.version + 1,
                crewId: op.toOtherCrew ? h.people.otherCrew.id : h.people.crew.id,
              });
            }
          }
        } else {
          const wo = model[op.wo]!;
          const expected = predicted(wo, op.kind, op.stale, op.byWorker && FIELD_WORK.has(op.kind));
          const ctx = op.byWorker && FIELD_WORK.has(op.kind) ? worker : supervisor;
          expect(await codeOf(() => run(op, wo, ctx))).toBe(expected);
          if (expected === null) {
            wo.version += 1;
            const transition = transitionOf(op.kind);
            if (transition) {
              wo.status = (
                await h.requests.db
                  .selectFrom('workOrders')
                  .select('status')
                  .where('id', '=', wo.id)
                  .executeTakeFirstOrThrow()
              ).status;
            }
            if (op.kind === 'ASSIGN') {
              wo.crewId = op.toOtherCrew ? h.people.otherCrew.id : h.people.crew.id;
            }
          }
        }
        await checkInvariants(requestIds, model);
      }
      await countersMatchRecount();
    }),
    { numRuns: 30 },
  );
});
