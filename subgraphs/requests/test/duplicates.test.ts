import { offsetMeters } from '@civicgraph/platform';
import { partnerCaller, staffCaller } from '@civicgraph/platform/testing';
import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nearbyOpenRequestsQuery } from '../src/db/duplicates.repository';
import { actorOf } from '../src/lifecycle/actor';
import { writeRequests } from '../src/lifecycle/requests-write';
import { changeWorkOrder } from '../src/lifecycle/work-order-change';
import { type RequestsHarness, startRequestsHarness } from './harness';
import { writtenRows } from './intake-counts';

let h: RequestsHarness;
let origin: { lon: number; lat: number };
const dispatcher = staffCaller('DISPATCHER');
const DAY = 86_400_000;

beforeAll(async () => {
  h = await startRequestsHarness(60);
  const [batch] = [...h.city.requestBatches()];
  const sample = batch!.serviceRequests[0]!;
  // Away from the sample itself, still inside the city.
  const [lon, lat] = offsetMeters(sample.lon, sample.lat, 500, 500);
  origin = { lon, lat };
});
afterAll(() => h?.close());

async function serviceId(code: string) {
  const row = await h.db
    .selectFrom('services')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

let fixture = 0;
/** A request row placed `east`/`north` metres from the origin, requested `daysAgo`. */
async function placeRequest(options: {
  service: string;
  east?: number;
  north?: number;
  daysAgo: number;
  closed?: boolean;
  duplicateOfId?: string;
}) {
  const [lon, lat] = offsetMeters(origin.lon, origin.lat, options.east ?? 0, options.north ?? 0);
  const at = new Date(Date.now() - options.daysAgo * DAY);
  fixture++;
  const row = await h.db
    .insertInto('serviceRequests')
    .values({
      id: crypto.randomUUID(),
      number: `DUP-${fixture}`,
      serviceId: await serviceId(options.service),
      status: options.closed ? 'CLOSED' : 'OPEN',
      channel: 'WEB',
      description: 'fixture',
      locale: 'en',
      lon,
      lat,
      address: 'fixture',
      district: null,
      requestedAt: at,
      updatedAt: at,
      closedAt: options.closed ? at : null,
      duplicateOfId: options.duplicateOfId ?? null,
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
  return row;
}

const LIKELY = `query ($lon: Float!, $lat: Float!) {
  likelyDuplicates(serviceCode: "GRAFFITI", lon: $lon, lat: $lat) {
    number distanceMeters requestedAt serviceRequest { id }
  }
}`;

describe('likelyDuplicates', () => {
  it('reads the GiST index on point(lon, lat), not every request of the service', async () => {
    // Many requests of one service across the city: its id alone selects them all.
    const service = await serviceId('PARK_MAINTENANCE');
    await sql`
      insert into service_requests (id, number, service_id, status, channel, description, locale,
        lon, lat, address, requested_at, updated_at)
      select gen_random_uuid(), 'SPREAD-' || g, ${service}::uuid, 'OPEN', 'WEB', 'spread', 'en',
        ${origin.lon}::float8 + 0.2 * sin(g), ${origin.lat}::float8 + 0.2 * cos(g * 1.3),
        'spread', now(), now()
      from generate_series(1, 5000) g
    `.execute(h.db);
    await sql`analyze service_requests`.execute(h.db);
    const query = nearbyOpenRequestsQuery(h.db, {
      serviceId: service,
      ...origin,
      radiusMeters: 50,
      since: new Date(Date.now() - 30 * DAY),
      limit: 20,
    }).compile();
    const plan = await h.db.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]),
    );
    const text = plan.rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toContain('service_requests_location');
  });

  it('finds open requests of the service within 50 m and 30 days, nearest first', async () => {
    const near = await placeRequest({ service: 'GRAFFITI', east: 10, daysAgo: 1 });
    const edge = await placeRequest({ service: 'GRAFFITI', north: 49, daysAgo: 29 });
    await placeRequest({ service: 'GRAFFITI', north: 51, daysAgo: 1 });
    await placeRequest({ service: 'GRAFFITI', east: -20, daysAgo: 31 });
    await placeRequest({ service: 'GRAFFITI', north: -5, daysAgo: 2, closed: true });
    await placeRequest({ service: 'POTHOLE', east: 15, daysAgo: 1 });
    await placeRequest({ service: 'GRAFFITI', east: 30, daysAgo: 1, duplicateOfId: near.id });

    const result = await h.queryAs<{
      likelyDuplicates: Array<{ number: string; distanceMeters: number; serviceRequest: unknown }>;
    }>(dispatcher, LIKELY, origin);
    expect(result.errors).toBeUndefined();
    const found = result.data!.likelyDuplicates;
    expect(found.map((d) => d.number)).toEqual([near.number, edge.number]);
    expect(found[0]!.distanceMeters).toBeCloseTo(10, 0);
    expect(found[1]!.distanceMeters).toBeCloseTo(49, 0);
    expect(found[0]!.serviceRequest).toEqual({ id: near.id });

    // A partner about to file sees the candidates, not the requests themselves.
    const partner = await h.queryAs<{
      likelyDuplicates: Array<{ number: string; serviceRequest: unknown }>;
    }>(partnerCaller(['requests:write']), LIKELY, origin);
    expect(partner.data!.likelyDuplicates.map((d) => [d.number, d.serviceRequest])).toEqual([
      [near.number, null],
      [edge.number, null],
    ]);
  });

  it('refuses an unknown service and a point off the globe', async () => {
    const unknown = await h.queryAs(
      dispatcher,
      '{ likelyDuplicates(serviceCode: "NOPE", lon: -112, lat: 33.5) { number } }',
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'serviceCode',
    });
    const off = await h.queryAs(
      dispatcher,
      '{ likelyDuplicates(serviceCode: "POTHOLE", lon: -200, lat: 33.5) { number } }',
    );
    expect(off.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lon' });
  });
});

const CREATE = `mutation ($input: CreateServiceRequestInput!) {
  createServiceRequest(input: $input) { serviceRequest { id number version } workOrder { id version } }
}`;

async function fileRequest(serviceCode: 'DEAD_ANIMAL' | 'GRAFFITI', east: number) {
  const [lon, lat] = offsetMeters(origin.lon, origin.lat, east, 2000);
  const attributes = {
    DEAD_ANIMAL: [
      { code: 'ANIMAL', value: 'DOG' },
      { code: 'IN_ROAD', value: 'YES' },
    ],
    GRAFFITI: [
      { code: 'SURFACE', values: ['WALL'] },
      { code: 'OFFENSIVE', value: 'NO' },
    ],
  }[serviceCode];
  const result = await h.queryAs<{
    createServiceRequest: {
      serviceRequest: { id: string; number: string; version: number };
      workOrder: { id: string; version: number };
    };
  }>(dispatcher, CREATE, {
    input: {
      serviceCode,
      location: { lon, lat },
      address: '100 W Example St',
      description: 'Reported twice',
      channel: 'WEB',
      attributes,
    },
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createServiceRequest;
}

const MARK = `mutation ($input: MarkDuplicateInput!) {
  markDuplicate(input: $input) {
    serviceRequest { id status version duplicateOf { id } }
    original { id duplicates { id } }
  }
}`;

function mark(id: string, originalId: string, expectedVersion: number) {
  return h.queryAs<{
    markDuplicate: {
      serviceRequest: { id: string; status: string; version: number; duplicateOf: { id: string } };
      original: { id: string; duplicates: Array<{ id: string }> };
    };
  }>(dispatcher, MARK, { input: { id, originalId, expectedVersion } });
}

describe('markDuplicate', () => {
  it('links both ways, cancels the duplicate’s work, and closes it with the original, with a public note', async () => {
    const original = await fileRequest('DEAD_ANIMAL', 0);
    const duplicate = await fileRequest('DEAD_ANIMAL', 20);
    const marked = await mark(duplicate.serviceRequest.id, original.serviceRequest.id, 1);
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.markDuplicate).toEqual({
      serviceRequest: {
        id: duplicate.serviceRequest.id,
        status: 'OPEN',
        version: 2,
        duplicateOf: { id: original.serviceRequest.id },
      },
      original: {
        id: original.serviceRequest.id,
        duplicates: [{ id: duplicate.serviceRequest.id }],
      },
    });
    const cancelled = await h.db
      .selectFrom('workOrders')
      .select('status')
      .where('id', '=', duplicate.workOrder.id)
      .executeTakeFirstOrThrow();
    expect(cancelled.status).toBe('CANCELLED');

    // A third report, marked against the duplicate, points at the root original.
    const third = await fileRequest('DEAD_ANIMAL', 40);
    const chained = await mark(third.serviceRequest.id, duplicate.serviceRequest.id, 1);
    expect(chained.data!.markDuplicate.serviceRequest.duplicateOf).toEqual({
      id: original.serviceRequest.id,
    });

    // The original's work is done: the original closes, and its duplicates with it.
    const actor = actorOf(staffCaller('SUPERVISOR'));
    let version = original.workOrder.version;
    for (const step of ['ASSIGN', 'START', 'COMPLETE'] as const) {
      await writeRequests(h.db, actor, (write) =>
        changeWorkOrder(write, original.workOrder.id, version, () => ({
          action: step,
          transition: step,
          note: step === 'COMPLETE' ? 'Removed' : null,
        })),
      );
      version++;
    }
    const rows = await h.db
      .selectFrom('serviceRequests')
      .select(['id', 'status'])
      .where('id', 'in', [
        original.serviceRequest.id,
        duplicate.serviceRequest.id,
        third.serviceRequest.id,
      ])
      .execute();
    expect(rows.every((r) => r.status === 'CLOSED')).toBe(true);
    const notes = await h.db
      .selectFrom('notes')
      .select(['body', 'visibility'])
      .where('serviceRequestId', '=', duplicate.serviceRequest.id)
      .orderBy('createdAt')
      .execute();
    expect(notes.filter((n) => n.visibility === 'PUBLIC').map((n) => n.body)).toEqual([
      expect.stringContaining(original.serviceRequest.number),
      `Closed together with request ${original.serviceRequest.number}, which reported the same problem.`,
    ]);
  });

  it('refuses itself, a stale version, a cycle, another service, a closed original, a second mark — writing nothing', async () => {
    const a = await fileRequest('DEAD_ANIMAL', 100);
    const b = await fileRequest('DEAD_ANIMAL', 120);
    const other = await fileRequest('GRAFFITI', 140);
    const closed = await placeRequest({ service: 'DEAD_ANIMAL', daysAgo: 1, closed: true });
    expect((await mark(b.serviceRequest.id, a.serviceRequest.id, 1)).errors).toBeUndefined();

    const cases: Array<
      [
        string,
        () => Promise<{ errors?: Array<{ extensions?: Record<string, unknown> }> }>,
        Record<string, unknown>,
      ]
    > = [
      [
        'itself',
        () => mark(a.serviceRequest.id, a.serviceRequest.id, 1),
        { code: 'BAD_USER_INPUT', field: 'originalId' },
      ],
      [
        'a stale version',
        () => mark(a.serviceRequest.id, closed.id, 7),
        { code: 'CONFLICT', currentVersion: 1 },
      ],
      [
        'a cycle',
        () => mark(a.serviceRequest.id, b.serviceRequest.id, 1),
        { code: 'BAD_USER_INPUT', field: 'originalId' },
      ],
      [
        'a closed original',
        () => mark(a.serviceRequest.id, closed.id, 1),
        { code: 'BAD_USER_INPUT', field: 'originalId' },
      ],
      [
        'a second mark',
        () => mark(b.serviceRequest.id, a.serviceRequest.id, 2),
        { code: 'BAD_USER_INPUT', field: 'id' },
      ],
      [
        'an unknown original',
        () => mark(a.serviceRequest.id, crypto.randomUUID(), 1),
        { code: 'NOT_FOUND' },
      ],
    ];
    cases.push([
      'another service',
      () => mark(other.serviceRequest.id, a.serviceRequest.id, 1),
      { code: 'BAD_USER_INPUT', field: 'originalId' },
    ]);
    const before = await writtenRows(h.db);
    for (const [name, attempt, expected] of cases) {
      const { errors } = await attempt();
      expect({ name, ...errors?.[0]?.extensions }).toMatchObject({ name, ...expected });
    }
    expect(await writtenRows(h.db)).toEqual(before);
  });
});
