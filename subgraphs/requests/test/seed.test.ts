import { generateDemoCity } from '@civicgraph/demo-city';
import { migrateSubgraph, openSubgraphDatabase } from '@civicgraph/platform';
import { scratchDatabase } from '@civicgraph/platform/testing';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestsDatabase } from '../src/db/database';
import { requestsDemoSeed } from '../src/db/demo-seed';
import { requestsSubgraph } from '../src/index';
import { serviceRequestFacts, workOrderFacts } from '../src/lifecycle/facts';
import { NOW } from './harness';

let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
let db: Kysely<RequestsDatabase>;

beforeAll(async () => {
  scratch = await scratchDatabase();
  db = openSubgraphDatabase(requestsSubgraph, { databaseUrl: scratch.url });
  await migrateSubgraph(requestsSubgraph, db);
});

afterAll(async () => {
  await db?.destroy();
  await scratch?.drop();
});

describe('seedRequests', () => {
  it('streams every batch into the tables and reports progress per batch', async () => {
    // Small batches so the seed goes through several of them.
    const city = generateDemoCity({
      seed: 7,
      now: NOW,
      requests: 250,
      batchSize: 100,
    });
    expect(await requestsDemoSeed.hasData(db)).toBe(false);
    const progress: Array<[string, number, number]> = [];
    await requestsDemoSeed.seed(db, city, (table, done, total) => {
      progress.push([table, done, total]);
    });
    expect(progress).toEqual([
      ['requests.service_requests', 100, 250],
      ['requests.service_requests', 200, 250],
      ['requests.service_requests', 250, 250],
    ]);
    expect(await requestsDemoSeed.hasData(db)).toBe(true);
    const count = async (table: 'services' | 'serviceRequests' | 'workOrders') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('services')).toBe(city.services.length);
    expect(await count('serviceRequests')).toBe(250);
    expect(await count('workOrders')).toBe(250);

    // Every seeded request and work order is announced once, as intake would, with
    // the facts of the row as stored (open data publishes the demo city from these).
    const events = await db.selectFrom('outboxEvents').selectAll().orderBy('id').execute();
    expect(events).toHaveLength(500);
    const requests = new Map(
      (await db.selectFrom('serviceRequests').selectAll().execute()).map((r) => [r.id, r]),
    );
    const workOrders = new Map(
      (await db.selectFrom('workOrders').selectAll().execute()).map((w) => [w.id, w]),
    );
    for (const event of events) {
      expect(event).toMatchObject({
        action: 'CREATE',
        entityVersion: 1,
        changed: ['status'],
        actorKind: 'SYSTEM',
        actorId: 'demo-seed',
      });
      if (event.entityType === 'SERVICE_REQUEST') {
        const request = requests.get(event.entityId)!;
        expect(event.type).toBe('SERVICE_REQUEST_CREATED');
        expect(event.serviceRequestId).toBe(request.id);
        expect(event.facts).toEqual(serviceRequestFacts(request));
      } else {
        const workOrder = workOrders.get(event.entityId)!;
        expect(event.type).toBe('WORK_ORDER_CREATED');
        expect(event.serviceRequestId).toBe(workOrder.serviceRequestId);
        expect(event.facts).toEqual(workOrderFacts(workOrder));
      }
    }
    expect(new Set(events.map((e) => e.entityId)).size).toBe(500);
  });

  it('completes data an older version seeded: city, catalog rules, counters, numbers', async () => {
    const city = generateDemoCity({ seed: 7, now: NOW, requests: 250, batchSize: 100 });
    // What a data folder from before the city and the counters held.
    for (const table of [
      'city',
      'districts',
      'serviceAttributes',
      'resolutionCodes',
      'replyTemplates',
      'workOrderCounts',
    ] as const) {
      await db.deleteFrom(table).execute();
    }
    await requestsDemoSeed.complete!(db, city);
    expect(await db.selectFrom('city').select('name').executeTakeFirst()).toEqual({
      name: city.profile.name,
    });
    const counted = await db
      .selectFrom('workOrderCounts')
      .select((eb) => eb.fn.sum<string>('count').as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(counted.n)).toBe(250);
    const codes = await db
      .selectFrom('resolutionCodes')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(codes.n)).toBeGreaterThan(0);
    // Running it again changes nothing.
    await requestsDemoSeed.complete!(db, city);
    const districts = await db.selectFrom('districts').select('number').execute();
    expect(districts).toHaveLength(city.profile.districts.features.length);
  });
});
