import { datasetsSubgraph } from '@civicgraph/datasets';
import { OutboxPublisher } from '@civicgraph/datasets/publisher';
import {
  createLogger,
  localParts,
  peerGraph,
  type RunningSubgraph,
  snapToBlock,
} from '@civicgraph/platform';
import { graphData, TEST_SECRETS } from '@civicgraph/platform/testing';
import { pruneOutbox } from '@civicgraph/requests';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { signInAs, startSeededStack } from '../src/testing';

// "311 service requests" and "311 performance" kept current from the requests outbox:
// the demo city's seeded requests are published through the outbox like any change;
// requests filed and worked through the gateway show up, change and close in the
// published rows; a publisher stopped and started again misses nothing; a service
// that turns location-sensitive has its published points snapped; nothing personal or
// internal is ever published.

interface DatasetsTables {
  datasets: {
    id: string;
    slug: string;
    source: string;
    rowCount: string;
    rowsModified: Date | null;
    temporal: string | null;
    spatial: string | null;
  };
  datasetRows: { datasetId: string; rowKey: string; values: Record<string, unknown> };
  datasetColumns: { datasetId: string; name: string; description: string };
  publisherPositions: { publisher: string; lastEventId: string };
}

type Row = Record<string, string | number | null>;

let stack: RunningStack;
let datasets: RunningSubgraph<DatasetsTables>;
let publisher: OutboxPublisher | null = null;
const staff: Record<string, Record<string, string>> = {};
let fieldWorker: { id: string; crewId: string };
type AttributeDefinition = {
  code: string;
  required: boolean;
  variable: boolean;
  datatype: string;
  values: Array<{ key: string }>;
};
type TestService = {
  id: string;
  code: string;
  locationSensitive: boolean;
  department: { id: string };
  attributes: AttributeDefinition[];
};
let ordinaryService: TestService;
let sensitiveService: TestService;
let services: TestService[];
/** When the test started: the seed ran just before, long after the city's clock. */
const testStarted = Date.now();

/** An answer of the right datatype to each required question. */
function answers(attributes: AttributeDefinition[]) {
  return attributes
    .filter((a) => a.required && a.variable)
    .map((a) => {
      const type = a.datatype.toLowerCase();
      if (type === 'multivaluelist') return { code: a.code, values: [a.values[0]!.key] };
      if (type === 'singlevaluelist') return { code: a.code, value: a.values[0]!.key };
      if (type === 'number') return { code: a.code, value: '2' };
      if (type === 'datetime') return { code: a.code, value: '2026-11-20T14:00:00Z' };
      return { code: a.code, value: 'seen this morning' };
    });
}

function testPeers() {
  return peerGraph(
    Object.fromEntries(stack.subgraphs.map((s) => [s.name, s.url])),
    TEST_SECRETS.callerSigning,
  );
}

/** The test's own publisher, so it can stop and start it (background jobs are off). */
function startPublisher() {
  publisher = OutboxPublisher.start({
    db: datasets.db as never,
    databaseUrl: stack.databaseUrl,
    peers: testPeers(),
    logger: createLogger('test', 'silent'),
    pollMilliseconds: 500,
    catalogRefreshMilliseconds: 500,
    // Small batches: catching up on the seed's events takes several, across id digits.
    batchSize: 25,
  });
}

async function as<T = Record<string, unknown>>(
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  return graphData<T>(`${stack.url}/graphql`, query, variables, headers);
}

/** Every published row of a dataset, by key. */
async function rowsOf(slug: string): Promise<Map<string, Row>> {
  const rows = await datasets.db
    .selectFrom('datasetRows')
    .innerJoin('datasets', 'datasets.id', 'datasetRows.datasetId')
    .select(['datasetRows.rowKey', 'datasetRows.values'])
    .where('datasets.slug', '=', slug)
    .execute();
  return new Map(rows.map((r) => [r.rowKey, r.values as Row]));
}

/** Polls until `check` returns a value (generous deadline: no timing is asserted). */
async function eventually<T>(check: () => Promise<T | undefined | false>): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('the published rows did not reach the state');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function publishedRow(number: string, ready: (row: Row) => boolean = () => true) {
  return eventually(async () => {
    const row = (await rowsOf('311-service-requests')).get(number);
    return row && ready(row) ? row : undefined;
  });
}

async function file(
  service: TestService,
  input: { description: string; reporter?: Record<string, string>; lon?: number; lat?: number },
) {
  const { createServiceRequest } = await as<{
    createServiceRequest: { id: string; number: string };
  }>(
    staff.SUPERVISOR!,
    `mutation ($input: CreateServiceRequestInput!) {
      createServiceRequest(input: $input) { id number }
    }`,
    {
      input: {
        serviceCode: service.code,
        attributes: answers(service.attributes),
        location: { lon: input.lon ?? -112.0741, lat: input.lat ?? 33.4484 },
        address: '1234 W Washington St',
        description: input.description,
        channel: 'PHONE',
        ...(input.reporter ? { reporter: input.reporter } : {}),
      },
    },
  );
  return createServiceRequest;
}

async function workOrderOf(requestId: string) {
  const { serviceRequest } = await as<{
    serviceRequest: { workOrders: Array<{ id: string; version: number }> };
  }>(
    staff.DISPATCHER!,
    'query ($id: ID) { serviceRequest(id: $id) { workOrders { id version } } }',
    {
      id: requestId,
    },
  );
  return serviceRequest.workOrders[0]!;
}

async function step(
  headers: Record<string, string>,
  requestId: string,
  mutation: string,
  input: Record<string, unknown>,
) {
  const { id, version } = await workOrderOf(requestId);
  await as(
    headers,
    `mutation ($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) {
      ${mutation}(input: $input) { workOrder { status } }
    }`,
    { input: { id, expectedVersion: version, ...input } },
  );
}

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 12, requests: 40, now: new Date('2026-11-20T15:00:00Z') },
  });
  datasets = stack.subgraphs.find(
    (s) => s.name === 'datasets',
  ) as unknown as RunningSubgraph<DatasetsTables>;
  for (const role of ['DISPATCHER', 'FIELD_WORKER', 'SUPERVISOR'] as const) {
    staff[role] = await signInAs(stack.url, role);
  }
  const { me } = await as<{ me: { id: string; department: { id: string }; crew: { id: string } } }>(
    staff.FIELD_WORKER!,
    '{ me { id department { id } crew { id } } }',
  );
  fieldWorker = { id: me.id, crewId: me.crew.id };
  ({ services } = await as<{ services: TestService[] }>(
    {},
    '{ services { id code locationSensitive department { id } attributes { code required variable datatype values { key } } } }',
  ));
  ordinaryService = services.find(
    (s) => !s.locationSensitive && s.department.id === me.department.id,
  )!;
  sensitiveService = services.find((s) => s.locationSensitive)!;
  expect(ordinaryService).toBeDefined();
  expect(sensitiveService).toBeDefined();
  startPublisher();
}, 120_000);

afterAll(async () => {
  await publisher?.close();
  await stack?.close();
});

describe('311 service requests from the outbox', () => {
  it("publishes the demo city's seeded requests, each as it is, from the seed's events", async () => {
    const seeded = await requestsSubgraph()
      .db.selectFrom('serviceRequests')
      .select(['number', 'status', 'closedAt', 'updatedAt'])
      .execute();
    expect(seeded).toHaveLength(40);
    const newest = await newestOutboxId();
    await eventually(async () => BigInt(await position()) >= newest);
    const rows = await rowsOf('311-service-requests');
    expect(rows.size).toBe(seeded.length);
    expect(await rowCount('311-service-requests')).toBe(seeded.length);
    for (const request of seeded) {
      const row = rows.get(request.number)!;
      expect(row).toBeDefined();
      expect(row.status).toBe(request.status);
      expect(row.closed_at).toBe(request.closedAt?.toISOString() ?? null);
      // The request's own time (the city's clock), not when the seed wrote its event.
      expect(row.updated_at).toBe(request.updatedAt.toISOString());
      expect(Date.parse(String(row.updated_at))).toBeLessThan(testStarted - 60_000);
    }
    const closed = seeded.filter((r) => r.status === 'CLOSED');
    expect(closed.length).toBeGreaterThan(0);
    expect(rows.get(closed[0]!.number)).toMatchObject({
      status: 'CLOSED',
      closed_at: closed[0]!.closedAt!.toISOString(),
    });
    // The figures count them too, once the publisher has drained.
    await derivedCaughtUp();
    const performance = [...(await rowsOf('311-performance')).values()];
    const byService = performance.filter((r) => r.dimension === 'SERVICE');
    expect(byService.reduce((sum, r) => sum + Number(r.requests), 0)).toBe(seeded.length);
  });

  it('snaps the published rows of a service that turns location-sensitive', async () => {
    const published = [...(await rowsOf('311-service-requests')).values()];
    const turning = services.find(
      (s) =>
        !s.locationSensitive &&
        s.code !== ordinaryService.code &&
        published.some((r) => r.service_code === s.code),
    )!;
    expect(turning).toBeDefined();
    const places = await requestsSubgraph()
      .db.selectFrom('serviceRequests')
      .select(['number', 'lon', 'lat'])
      .where('serviceId', '=', turning.id)
      .execute();
    const before = await rowsOf('311-service-requests');
    for (const p of places) {
      expect(before.get(p.number)).toMatchObject({ longitude: p.lon, latitude: p.lat });
    }
    const admin = await signInAs(stack.url, 'ADMIN');
    const update = (locationSensitive: boolean) =>
      as(
        admin,
        'mutation ($input: UpdateServiceInput!) { updateService(input: $input) { service { id } } }',
        { input: { id: turning.id, locationSensitive } },
      );
    await update(true);
    try {
      // The publisher reads the catalog again on its poll and snaps them.
      const after = await eventually(async () => {
        const rows = await rowsOf('311-service-requests');
        return places.every((p) => rows.get(p.number)?.longitude !== p.lon) && rows;
      });
      for (const p of places) {
        const [lon, lat] = snapToBlock(p.lon, p.lat);
        expect(after.get(p.number)).toMatchObject({ longitude: lon, latitude: lat });
      }
      // Only that service's rows moved.
      for (const [key, row] of after) {
        if (row.service_code !== turning.code) expect(row).toEqual(before.get(key) ?? row);
      }
    } finally {
      await update(false);
    }
  });

  it('recomputes 311 performance on start: a stop before the recompute leaves nothing stale', async () => {
    await derivedCaughtUp();
    const expected = await rowsOf('311-performance');
    expect(expected.size).toBeGreaterThan(0);
    await publisher!.close();
    // As if the publisher stopped between a batch and the recompute that follows it.
    const { id } = await datasets.db
      .selectFrom('datasets')
      .select('id')
      .where('slug', '=', '311-performance')
      .executeTakeFirstOrThrow();
    await datasets.db.deleteFrom('datasetRows').where('datasetId', '=', id).execute();
    startPublisher();
    const recomputed = await eventually(async () => {
      const rows = await rowsOf('311-performance');
      return rows.size > 0 && rows;
    });
    expect(recomputed).toEqual(expected);
  });

  it('shows a request filed, noted, assigned, worked and closed through the graph', async () => {
    const filed = await file(ordinaryService, {
      description: 'Pothole outside 4321 N Central Ave, call me at 602-555-0134 or ana@example.org',
      reporter: { name: 'Ana Quintanilla', email: 'ana.q@example.org', phone: '602-555-0199' },
    });
    const opened = await publishedRow(filed.number);
    expect(opened).toMatchObject({
      request_number: filed.number,
      service_code: ordinaryService.code,
      status: 'OPEN',
      channel: 'PHONE',
      closed_at: null,
      address: '1200 block of W Washington St',
      longitude: -112.0741,
      latitude: 33.4484,
    });
    expect(opened.description).not.toMatch(/4321|0134|ana@example/);
    expect(opened.department).toEqual(expect.any(String));
    expect(opened.due_at).toEqual(expect.any(String));

    await step(staff.DISPATCHER!, filed.id, 'addWorkOrderNote', {
      body: 'INTERNAL-MARKER-7731 reporter seemed upset',
      visibility: 'INTERNAL',
    });
    await step(staff.DISPATCHER!, filed.id, 'addWorkOrderNote', {
      body: 'We are on it',
      visibility: 'PUBLIC',
    });
    await step(staff.DISPATCHER!, filed.id, 'assignWorkOrder', {
      crewId: fieldWorker.crewId,
      assigneeId: fieldWorker.id,
    });
    const newest = await newestOutboxId();
    await eventually(async () => BigInt(await position()) >= newest);
    const assigned = await publishedRow(filed.number);
    expect(Date.parse(String(assigned.updated_at))).toBeGreaterThan(
      Date.parse(String(opened.updated_at)),
    );
    expect(assigned.status).toBe('OPEN');

    await step(staff.FIELD_WORKER!, filed.id, 'startWorkOrder', {});
    const { service } = await as<{ service: { resolutionCodes: Array<{ code: string }> } }>(
      {},
      'query ($code: String) { service(code: $code) { resolutionCodes { code } } }',
      { code: ordinaryService.code },
    );
    await step(staff.FIELD_WORKER!, filed.id, 'completeWorkOrder', {
      resolutionCode: service.resolutionCodes[0]!.code,
      note: 'Filled',
    });
    const closed = await publishedRow(filed.number, (row) => row.status === 'CLOSED');
    expect(closed.closed_at).toEqual(expect.any(String));

    // Nothing personal or internal, anywhere in the published data.
    const everything = JSON.stringify([...(await rowsOf('311-service-requests')).values()]);
    for (const secret of ['INTERNAL-MARKER', 'Quintanilla', 'ana.q@example.org', '555-0199']) {
      expect(everything).not.toContain(secret);
    }
  });

  it('publishes the events written while the publisher was stopped, each once', async () => {
    await publisher!.close();
    const filed = [];
    let newest: bigint;
    try {
      for (let i = 0; i < 3; i++) {
        filed.push(await file(ordinaryService, { description: `While stopped ${i}` }));
      }
      await step(staff.SUPERVISOR!, filed[0]!.id, 'cancelWorkOrder', { reason: 'Duplicate call' });
      newest = await newestOutboxId();
      expect(BigInt(await position())).toBeLessThan(newest);
    } finally {
      startPublisher();
    }
    await eventually(async () => BigInt(await position()) >= newest);
    const rows = await rowsOf('311-service-requests');
    for (const request of filed) expect(rows.get(request.number)).toBeDefined();
    expect(rows.get(filed[0]!.number)!.status).toBe('CLOSED');
    expect(await rowCount('311-service-requests')).toBe(rows.size);
  });

  it('behind the outbox horizon, publishes on from the oldest event left', async () => {
    await publisher!.close();
    let newest: bigint;
    let lost: { number: string };
    let kept: { number: string };
    try {
      lost = await file(ordinaryService, { description: 'Filed, then pruned unread' });
      const prunedThrough = await newestOutboxId();
      kept = await file(ordinaryService, { description: 'Filed after the prune point' });
      newest = await newestOutboxId();
      // Retention deletes the events up to the lost request's (as if a month old).
      const requests = requestsSubgraph();
      await requests.db
        .updateTable('outboxEvents')
        .set({ occurredAt: new Date(Date.now() - 30 * 24 * 3600_000) })
        .where('id', '<=', String(prunedThrough))
        .execute();
      await pruneOutbox(requests.db as never, {
        olderThan: new Date(Date.now() - 14 * 24 * 3600_000),
      });
      expect(BigInt(await position())).toBeLessThan(prunedThrough);
    } finally {
      startPublisher();
    }
    await eventually(async () => BigInt(await position()) >= newest);
    const rows = await rowsOf('311-service-requests');
    expect(rows.get(kept.number)).toBeDefined();
    // The gap: a request whose every event was pruned unread is not published.
    expect(rows.get(lost.number)).toBeUndefined();
  });

  it('never publishes a contact, a house number or the reporter, and snaps sensitive places', async () => {
    const local = fc.stringMatching(/^[a-z]{3,10}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          email: fc.tuple(local, local).map(([a, b]) => `${a}@${b}.org`),
          phone: fc
            .tuple(fc.integer({ min: 200, max: 999 }), fc.integer({ min: 1000, max: 9999 }))
            .chain(([area, line]) =>
              fc.constantFrom(
                `${area}-555-${line}`,
                `(${area}) 555 ${line}`,
                `+1 ${area}.555.${line}`,
              ),
            ),
          house: fc.integer({ min: 100, max: 99999 }),
          words: fc.array(local, { maxLength: 5 }).map((w) => w.join(' ')),
          reporter: fc.tuple(local, local).map(([a, b]) => `Zq${a} Xv${b}`),
          sensitive: fc.boolean(),
          lon: fc.double({ min: -112.1, max: -112.05, noNaN: true }),
          lat: fc.double({ min: 33.43, max: 33.47, noNaN: true }),
        }),
        async (t) => {
          const service = t.sensitive ? sensitiveService : ordinaryService;
          const filed = await file(service, {
            description: `${t.words} near ${t.house} W Main St, ${t.phone}, ${t.email} ${t.reporter}`,
            reporter: { name: t.reporter, email: `r${t.email}`, phone: t.phone },
            lon: t.lon,
            lat: t.lat,
          });
          const row = await publishedRow(filed.number);
          const text = JSON.stringify(row);
          expect(text).not.toContain(t.email);
          expect(text).not.toContain(t.phone);
          expect(String(row.description)).not.toContain(`${t.house} W`);
          // The reporter's name is never published from their details (only their own
          // words: the description names them here, so check the other columns).
          expect(JSON.stringify({ ...row, description: null })).not.toContain(t.reporter);
          const [lon, lat] = t.sensitive ? snapToBlock(t.lon, t.lat) : [t.lon, t.lat];
          expect(row.longitude).toBeCloseTo(lon, 9);
          expect(row.latitude).toBeCloseTo(lat, 9);
        },
      ),
      { numRuns: 8 },
    );
  });

  it("runs as the datasets subgraph's background job", async () => {
    await publisher!.close();
    const stop = datasetsSubgraph.background!({
      db: datasets.db as never,
      databaseUrl: stack.databaseUrl,
      peers: testPeers(),
      logger: createLogger('test', 'silent'),
      secrets: TEST_SECRETS,
      config: {},
    });
    try {
      const filed = await file(ordinaryService, { description: 'Seen by the background job' });
      await publishedRow(filed.number);
    } finally {
      await stop();
      startPublisher();
    }
  });

  it('keeps 311 performance equal to a computation over the published rows', async () => {
    const newest = await newestOutboxId();
    await eventually(async () => BigInt(await position()) >= newest);
    await derivedCaughtUp();
    const requests = [...(await rowsOf('311-service-requests')).values()];
    const performance = await rowsOf('311-performance');
    // Months are the city's, as the graph names its zone.
    const { city } = await as<{ city: { timeZone: string } }>({}, '{ city { timeZone } }');
    expect(city.timeZone).toBe('America/Phoenix');
    const expected = new Map<string, Row[]>();
    for (const row of requests) {
      const local = localParts(new Date(String(row.requested_at)), city.timeZone).date;
      const month = `${local.slice(0, 7)}-01`;
      for (const [dimension, value] of [
        ['SERVICE', row.service_code],
        ['DEPARTMENT', row.department],
        ['DISTRICT', row.district],
      ] as const) {
        const key = `${month}|${dimension}|${value ?? ''}`;
        expected.set(key, [...(expected.get(key) ?? []), row]);
      }
    }
    expect([...performance.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, group] of expected) {
      const closed = group.filter((r) => r.closed_at !== null);
      const hours = closed
        .map((r) => (Date.parse(String(r.closed_at)) - Date.parse(String(r.requested_at))) / 3.6e6)
        .sort((a, b) => a - b);
      const timed = closed.filter((r) => r.due_at !== null);
      const met = timed.filter(
        (r) => Date.parse(String(r.closed_at)) <= Date.parse(String(r.due_at)),
      );
      const row = performance.get(key)!;
      expect(row.requests).toBe(group.length);
      expect(row.closed).toBe(closed.length);
      expectNear(row.median_hours_to_close, percentile(hours, 0.5), 0.01);
      expectNear(row.p90_hours_to_close, percentile(hours, 0.9), 0.01);
      expectNear(row.sla_compliance, timed.length ? met.length / timed.length : null, 0.0001);
    }
    expect(performance.size).toBeGreaterThan(0);
  });

  it('describes every column it publishes', async () => {
    await derivedCaughtUp();
    const columns = await datasets.db
      .selectFrom('datasetColumns')
      .innerJoin('datasets', 'datasets.id', 'datasetColumns.datasetId')
      .select([
        'datasetColumns.name',
        'datasetColumns.description',
        'datasets.slug',
        'datasets.source',
      ])
      .where('datasets.slug', 'in', ['311-service-requests', '311-performance'])
      .execute();
    const requestRow = [...(await rowsOf('311-service-requests')).values()][0]!;
    const named = columns.filter((c) => c.slug === '311-service-requests').map((c) => c.name);
    expect(named.sort()).toEqual(Object.keys(requestRow).sort());
    expect(columns.every((c) => c.description.length > 0 && c.source === 'LIVE')).toBe(true);

    // DCAT-US temporal and spatial follow the published rows.
    const rows = [...(await rowsOf('311-service-requests')).values()];
    const days = rows.map((r) => String(r.requested_at).slice(0, 10)).sort();
    const lons = rows.map((r) => Number(r.longitude));
    const lats = rows.map((r) => Number(r.latitude));
    const metadata = await datasets.db
      .selectFrom('datasets')
      .select(['slug', 'temporal', 'spatial'])
      .where('slug', 'in', ['311-service-requests', '311-performance'])
      .orderBy('slug')
      .execute();
    for (const dataset of metadata) expect(dataset.temporal).toBe(`${days[0]}/${days.at(-1)}`);
    const [west, south, east, north] = metadata[1]!.spatial!.split(',').map(Number);
    expect([west, south, east, north]).toEqual([
      Math.min(...lons),
      Math.min(...lats),
      Math.max(...lons),
      Math.max(...lats),
    ]);
  });
});

/** PostgreSQL's percentile_cont: linear interpolation between the closest ranks. */
function percentile(sorted: number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  const rank = fraction * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

function expectNear(actual: unknown, expected: number | null, tolerance: number) {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(Math.abs(Number(actual) - expected)).toBeLessThanOrEqual(tolerance);
}

async function newestOutboxId(): Promise<bigint> {
  const row = await requestsSubgraph()
    .db.selectFrom('outboxEvents')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return BigInt(row?.id ?? 0);
}

async function rowCount(slug: string): Promise<number> {
  const { rowCount } = await datasets.db
    .selectFrom('datasets')
    .select('rowCount')
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  return Number(rowCount);
}

/**
 * Waits until "311 performance" (and the extent, written with it) was recomputed after
 * the last write of the published requests: the publisher does it once it has drained.
 */
async function derivedCaughtUp() {
  await eventually(async () => {
    const modified = new Map(
      (
        await datasets.db
          .selectFrom('datasets')
          .select(['slug', 'rowsModified'])
          .where('slug', 'in', ['311-service-requests', '311-performance'])
          .execute()
      ).map((d) => [d.slug, d.rowsModified?.getTime() ?? 0]),
    );
    return modified.get('311-performance')! >= modified.get('311-service-requests')!;
  });
}

async function position(): Promise<string> {
  const row = await datasets.db
    .selectFrom('publisherPositions')
    .select('lastEventId')
    .where('publisher', '=', '311-service-requests')
    .executeTakeFirst();
  return row?.lastEventId ?? '0';
}

function requestsSubgraph() {
  return stack.subgraphs.find((s) => s.name === 'requests') as unknown as RunningSubgraph<{
    outboxEvents: { id: string; occurredAt: Date };
    serviceRequests: {
      id: string;
      number: string;
      serviceId: string;
      status: string;
      lon: number;
      lat: number;
      closedAt: Date | null;
      updatedAt: Date;
    };
  }>;
}
