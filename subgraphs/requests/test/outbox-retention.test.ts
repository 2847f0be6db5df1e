import { createLogger } from '@civicgraph/platform';
import { staffCaller } from '@civicgraph/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { actorOf } from '../src/lifecycle/actor';
import { insertServiceRequest } from '../src/lifecycle/create';
import { eventsAfter } from '../src/lifecycle/outbox';
import { outboxHorizon, pruneOutbox } from '../src/lifecycle/outbox-retention';
import { writeRequests } from '../src/lifecycle/requests-write';
import { startOutboxPruner } from '../src/scheduler/outbox-pruner';
import { type RequestsHarness, startRequestsHarness } from './harness';
import { loadProcessConfig, refusedVariables } from './process-config';

const dispatcher = actorOf(staffCaller('DISPATCHER'));
const DAY_MS = 24 * 60 * 60 * 1000;
/** The retention cutoff the tests prune with: events aged past it go. */
const cutoff = () => new Date(Date.now() - 14 * DAY_MS);

let h: RequestsHarness;
/** The horizon as the migrations left it, read before any prune (the seed's events are there). */
let initialHorizon: unknown;
beforeAll(async () => {
  h = await startRequestsHarness(20);
  initialHorizon = await horizon();
});
afterAll(() => h?.close());
// Each test starts on an empty outbox (the demo seed's events and those an earlier
// test kept go first): those are newer than the ones this one ages, and an event is pruned only with every event before it.
beforeEach(() => pruneOutbox(h.db, { olderThan: new Date(Date.now() + DAY_MS) }));

/** `n` events written through the write core (one filed request each), their ids in order. */
async function writeEvents(n: number): Promise<number[]> {
  const { id: serviceId } = await h.db
    .selectFrom('services')
    .select('id')
    .where('code', '=', 'GRAFFITI')
    .executeTakeFirstOrThrow();
  const requestIds: string[] = [];
  for (let i = 0; i < n; i++) {
    const request = await writeRequests(h.db, dispatcher, (write) =>
      insertServiceRequest(write, {
        serviceId,
        channel: 'PHONE',
        description: `Tagging ${i}`,
        locale: 'en',
        lon: -112.07,
        lat: 33.45,
        address: '300 W Washington St',
        district: 7,
      }),
    );
    requestIds.push(request.id);
  }
  const events = await h.db
    .selectFrom('outboxEvents')
    .select('id')
    .where('serviceRequestId', 'in', requestIds)
    .orderBy('id')
    .execute();
  expect(events).toHaveLength(n);
  return events.map((e) => Number(e.id));
}

/** Test setup: plain SQL moves these events `days` into the past. */
async function age(ids: number[], days: number) {
  await h.db
    .updateTable('outboxEvents')
    .set({ occurredAt: sql`now() - make_interval(days => ${days})` })
    .where(
      'id',
      'in',
      ids.map((id) => String(id)),
    )
    .execute();
}

async function remaining(ids: number[]): Promise<number[]> {
  const rows = await h.db
    .selectFrom('outboxEvents')
    .select('id')
    .where(
      'id',
      'in',
      ids.map((id) => String(id)),
    )
    .orderBy('id')
    .execute();
  return rows.map((r) => Number(r.id));
}

async function horizon() {
  const row = await outboxHorizon(h.db);
  return { prunedThrough: Number(row.prunedThrough), prunedAt: row.prunedAt };
}

/** Every event still in the outbox is above the horizon: what it promises readers. */
async function expectNothingBelowHorizon() {
  const { prunedThrough } = await horizon();
  const below = await h.db
    .selectFrom('outboxEvents')
    .select('id')
    .where('id', '<=', String(prunedThrough))
    .execute();
  expect(below).toEqual([]);
}

describe('pruneOutbox', () => {
  it('starts with a horizon at 0 that has never pruned, in a table of one row', async () => {
    expect(initialHorizon).toEqual({ prunedThrough: 0, prunedAt: null });
    await expect(sql`insert into outbox_horizon (id) values (false)`.execute(h.db)).rejects.toThrow(
      /check constraint/,
    );
    await expect(sql`insert into outbox_horizon default values`.execute(h.db)).rejects.toThrow(
      /duplicate key/,
    );
  });

  it('deletes events older than the cutoff in batches, keeps newer ones, and raises the horizon to the highest it deleted', async () => {
    const old = await writeEvents(7);
    const recent = await writeEvents(3);
    await age(old, 20);
    // Just inside the window: kept.
    await age(recent.slice(0, 1), 13);

    expect(await pruneOutbox(h.db, { olderThan: cutoff(), batchSize: 3 })).toBe(old.length);
    expect(await remaining(old)).toEqual([]);
    expect(await remaining(recent)).toEqual(recent);
    const after = await horizon();
    expect(after.prunedThrough).toBe(Math.max(...old));
    expect(after.prunedAt).toBeInstanceOf(Date);
    await expectNothingBelowHorizon();

    // A reader that last saw the first old event missed the rest: the horizon says so,
    // and what it can still read starts after the horizon.
    const lastSeen = old[0]!;
    expect(after.prunedThrough).toBeGreaterThan(lastSeen);
    const readable = await eventsAfter(h.db, String(lastSeen), 100);
    expect(readable.map((e) => Number(e.id))).toEqual(recent);
    // A reader that had seen everything pruned misses nothing.
    expect(after.prunedThrough).toBeLessThan(recent[0]!);
  });

  it('leaves the horizon as it was when nothing is old enough, and never lowers it', async () => {
    const [old, ...recent] = await writeEvents(4);
    await age([old!], 30);
    expect(await pruneOutbox(h.db, { olderThan: cutoff() })).toBe(1);
    const before = await horizon();
    expect(before.prunedThrough).toBe(old);

    expect(await pruneOutbox(h.db, { olderThan: cutoff() })).toBe(0);
    // An earlier cutoff than the last prune's covers nothing more.
    expect(await pruneOutbox(h.db, { olderThan: new Date(Date.now() - 100 * DAY_MS) })).toBe(0);
    expect(await horizon()).toEqual(before);
    expect(await remaining(recent)).toEqual(recent);
  });

  it('deletes an old event only with every event before it, so the horizon states exactly what is gone', async () => {
    const [first, second, third] = await writeEvents(3);
    // The third began before the second but committed after it (a long transaction).
    await age([first!, third!], 20);
    const before = await horizon();

    expect(await pruneOutbox(h.db, { olderThan: cutoff() })).toBe(1);
    expect(await remaining([first!, second!, third!])).toEqual([second, third]);
    expect((await horizon()).prunedThrough).toBe(first);
    expect((await horizon()).prunedThrough).toBeGreaterThan(before.prunedThrough);

    await age([second!], 15);
    expect(await pruneOutbox(h.db, { olderThan: cutoff() })).toBe(2);
    expect((await horizon()).prunedThrough).toBe(third);
    await expectNothingBelowHorizon();
  });

  it('deletes each event once when two prunes run at the same time, and leaves a correct horizon', async () => {
    const old = await writeEvents(40);
    const kept = await writeEvents(2);
    await age(old, 30);
    const options = { olderThan: cutoff(), batchSize: 3 };

    const [a, b] = await Promise.all([pruneOutbox(h.db, options), pruneOutbox(h.db, options)]);
    expect(a + b).toBe(old.length);
    expect(await remaining(old)).toEqual([]);
    expect(await remaining(kept)).toEqual(kept);
    expect((await horizon()).prunedThrough).toBe(Math.max(...old));
    await expectNothingBelowHorizon();
  });
});

describe('the outbox pruner', () => {
  it('prunes in the background and leaves nothing running once stopped', async () => {
    const old = await writeEvents(2);
    await age(old, 15);
    const stop = startOutboxPruner(h.db, {
      retentionDays: 14,
      logger: createLogger('test', 'silent'),
      firstAfterMs: 0,
      everyMs: 100,
    });
    try {
      // Waits for the first prune (no timing assertion: vitest's timeout bounds it).
      while ((await remaining(old)).length > 0) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect((await horizon()).prunedThrough).toBe(Math.max(...old));
    } finally {
      await stop();
    }
    h.resetStatements();
    // Several intervals: a timer left behind would have pruned again by now.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(h.statements).toEqual([]);
  });
});

describe('OUTBOX_RETENTION_DAYS', () => {
  it('defaults to 14 days and is checked with the process variables', () => {
    expect(loadProcessConfig()).toMatchObject({ OUTBOX_RETENTION_DAYS: 14 });
    expect(loadProcessConfig({ OUTBOX_RETENTION_DAYS: '30' })).toMatchObject({
      OUTBOX_RETENTION_DAYS: 30,
    });
    for (const bad of ['0', '-3', '1.5', 'two weeks']) {
      expect(refusedVariables({ OUTBOX_RETENTION_DAYS: bad })).toEqual(['OUTBOX_RETENTION_DAYS']);
    }
  });
});
