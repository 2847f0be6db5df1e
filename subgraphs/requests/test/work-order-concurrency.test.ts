import { dataOf } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitWorkOrder } from '../src/lifecycle/split';
import { asStaff, type LifecycleHarness, startLifecycleHarness } from './lifecycle-harness';

let h: LifecycleHarness;
beforeAll(async () => {
  h = await startLifecycleHarness();
});
afterAll(() => h?.close());

const ASSIGN = `mutation ($input: AssignWorkOrderInput!) {
  assignWorkOrder(input: $input) { workOrder { id version assignee { id } } }
}`;

const BULK = `mutation ($input: BulkAssignWorkOrdersInput!) {
  bulkAssignWorkOrders(input: $input) {
    applied
    results {
      id
      workOrder { id version crew { id } }
      error { code message field currentVersion lastChangedBy { kind id } }
    }
  }
}`;

interface BulkAnswer {
  bulkAssignWorkOrders: {
    applied: boolean;
    results: Array<{
      id: string;
      workOrder: { id: string; version: number; crew: { id: string } } | null;
      error: {
        code: string;
        message: string;
        field: string | null;
        currentVersion: number | null;
        lastChangedBy: { kind: string; id: string } | null;
      } | null;
    }>;
  };
}

async function recorded(ids: readonly string[]) {
  const { db } = h.requests;
  const entries = await db
    .selectFrom('changeLog')
    .select(['entityId', 'action', 'version'])
    .where('entityType', '=', 'WORK_ORDER')
    .where('entityId', 'in', ids)
    .where('action', '!=', 'CREATE')
    .execute();
  const events = await db
    .selectFrom('outboxEvents')
    .select(['entityId', 'action', 'entityVersion'])
    .where('entityType', '=', 'WORK_ORDER')
    .where('entityId', 'in', ids)
    .where('action', '!=', 'CREATE')
    .execute();
  return { entries, events };
}

describe('optimistic concurrency over real HTTP', () => {
  it('of 50 concurrent assignments at the same version exactly one succeeds; 49 get CONFLICT', async () => {
    const wo = await h.newWorkOrder();
    const { people } = h;
    const candidates = [people.worker, people.crewMate, people.otherCrewWorker];
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        h.requests.queryAs<{
          assignWorkOrder: { workOrder: { version: number; assignee: { id: string } } };
        }>(asStaff(people.dispatcher), ASSIGN, {
          input: {
            id: wo.id,
            expectedVersion: 1,
            assigneeId: candidates[i % candidates.length]!.id,
          },
        }),
      ),
    );
    const won = answers.filter((a) => !a.errors);
    const lost = answers.filter((a) => a.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    const winner = won[0]!.data!.assignWorkOrder.workOrder;
    expect(winner.version).toBe(2);
    for (const answer of lost) {
      expect(answer.data).toBeNull();
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors![0]!.extensions).toMatchObject({
        code: 'CONFLICT',
        currentVersion: 2,
        lastChangedBy: { kind: 'STAFF', id: people.dispatcher.id },
      });
    }
    const { entries, events } = await recorded([wo.id]);
    expect(entries).toEqual([{ entityId: wo.id, action: 'ASSIGN', version: 2 }]);
    expect(events).toEqual([{ entityId: wo.id, action: 'ASSIGN', entityVersion: 2 }]);
    const row = await h.requests.db
      .selectFrom('workOrders')
      .select(['version', 'assigneeId'])
      .where('id', '=', wo.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ version: 2, assigneeId: winner.assignee.id });
  });

  it('bulk assignment is all or nothing: one stale item, nothing applied, each item says why', async () => {
    const { people } = h;
    const wos = await h.newWorkOrders(4);
    const stale = wos[2]!;
    // Someone else moves one of them first.
    dataOf(
      await h.requests.queryAs(asStaff(people.supervisor), ASSIGN, {
        input: { id: stale.id, expectedVersion: 1, crewId: people.otherCrew.id },
      }),
    );
    const answer = dataOf(
      await h.requests.queryAs<BulkAnswer>(asStaff(people.dispatcher), BULK, {
        input: {
          items: wos.map((w) => ({ id: w.id, expectedVersion: 1 })),
          crewId: people.crew.id,
        },
      }),
    ).bulkAssignWorkOrders;
    expect(answer.applied).toBe(false);
    expect(answer.results.map((r) => r.id)).toEqual(wos.map((w) => w.id));
    for (const result of answer.results) {
      expect(result.workOrder).toBeNull();
      if (result.id === stale.id) {
        expect(result.error).toMatchObject({
          code: 'CONFLICT',
          currentVersion: 2,
          lastChangedBy: { kind: 'STAFF', id: people.supervisor.id },
        });
      } else {
        expect(result.error).toMatchObject({ code: 'NOT_APPLIED' });
        expect(result.error!.message).toContain(stale.id);
      }
    }
    const { entries, events } = await recorded(wos.map((w) => w.id));
    expect(entries.map((e) => e.entityId)).toEqual([stale.id]);
    expect(events.map((e) => e.entityId)).toEqual([stale.id]);

    // An id that names no work order: that item says NOT_FOUND, the other why it waits.
    const mixed = dataOf(
      await h.requests.queryAs<BulkAnswer>(asStaff(people.dispatcher), BULK, {
        input: {
          items: [
            { id: wos[0]!.id, expectedVersion: 1 },
            { id: '6f1c1c1c-0000-4000-8000-000000000000', expectedVersion: 1 },
          ],
          crewId: people.crew.id,
        },
      }),
    ).bulkAssignWorkOrders;
    expect(mixed.results.map((r) => r.error?.code)).toEqual(['NOT_APPLIED', 'NOT_FOUND']);
  });

  it('a clean bulk of 500 applies every item, with 500 entries and 500 events', async () => {
    const { db } = h.requests;
    const { people } = h;
    const wos = await h.newWorkOrders(500);
    const answer = dataOf(
      await h.requests.queryAs<BulkAnswer>(asStaff(people.dispatcher), BULK, {
        input: {
          items: wos.map((w) => ({ id: w.id, expectedVersion: 1 })),
          crewId: people.crew.id,
          assigneeId: people.worker.id,
        },
      }),
    ).bulkAssignWorkOrders;
    expect(answer.applied).toBe(true);
    expect(answer.results).toHaveLength(500);
    expect(answer.results.every((r) => r.error === null && r.workOrder?.version === 2)).toBe(true);
    expect(new Set(answer.results.map((r) => r.workOrder!.crew.id))).toEqual(
      new Set([people.crew.id]),
    );
    const { entries, events } = await recorded(wos.map((w) => w.id));
    expect(entries).toHaveLength(500);
    expect(events).toHaveLength(500);
    expect(new Set(entries.map((e) => `${e.entityId}:${e.version}`)).size).toBe(500);
    const statuses = await db
      .selectFrom('workOrders')
      .select('status')
      .distinct()
      .where(
        'id',
        'in',
        wos.map((w) => w.id),
      )
      .execute();
    expect(statuses).toEqual([{ status: 'ASSIGNED' }]);

    const tooMany = await h.requests.queryAs(asStaff(people.dispatcher), BULK, {
      input: {
        items: [...wos, wos[0]!].map((w) => ({ id: w.id, expectedVersion: 2 })),
        crewId: people.crew.id,
      },
    });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'items',
    });
  });

  it('concurrent bulks over work orders of the same requests queue, never deadlock', async () => {
    const { people } = h;
    const ctx = h.contextFor(asStaff(people.dispatcher));
    // Pairs of requests, each with two work orders; one bulk takes the first of each
    // request, the other the second, so both need both requests' rows.
    const rounds = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const [a, b] = await h.newWorkOrders(2);
        const [a2, b2] = await Promise.all(
          [a!, b!].map(
            async (wo) =>
              (await splitWorkOrder(ctx, { id: wo.id, expectedVersion: 1 }, { summary: 'More' }))
                .split,
          ),
        );
        return [
          [
            { id: a!.id, expectedVersion: 2 },
            { id: b!.id, expectedVersion: 2 },
          ],
          [
            { id: b2!.id, expectedVersion: 1 },
            { id: a2!.id, expectedVersion: 1 },
          ],
        ];
      }),
    );
    const answers = await Promise.all(
      rounds.flat().map((items) =>
        h.requests.queryAs<BulkAnswer>(asStaff(people.dispatcher), BULK, {
          input: { items, crewId: people.crew.id },
        }),
      ),
    );
    expect(answers.map((a) => a.errors ?? a.data?.bulkAssignWorkOrders.applied)).toEqual(
      answers.map(() => true),
    );
  });
});
