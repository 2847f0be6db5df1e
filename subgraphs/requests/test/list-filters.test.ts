import { distanceMeters } from '@civicgraph/platform';
import { dataOf } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestsHarness, startRequestsHarness } from './harness';

// Each new filter of both lists against the rows it should keep, computed here.

interface Connection {
  totalCount: number;
  totalCountIsEstimate: boolean;
  edges: Array<{ node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string };
}

const WORK_ORDERS = /* GraphQL */ `
  query List($after: String, $filter: WorkOrderFilter) {
    list: workOrders(first: 500, after: $after, filter: $filter) {
      totalCount totalCountIsEstimate edges { node { id } } pageInfo { hasNextPage endCursor }
    }
  }
`;
const REQUESTS = /* GraphQL */ `
  query List($after: String, $filter: ServiceRequestFilter) {
    list: serviceRequests(first: 500, after: $after, filter: $filter) {
      totalCount totalCountIsEstimate edges { node { id } } pageInfo { hasNextPage endCursor }
    }
  }
`;

let h: RequestsHarness;

beforeAll(async () => {
  h = await startRequestsHarness(300);
});

afterAll(async () => {
  await h?.close();
});

/** Every id the list returns for the filter, and its totalCount. */
async function listed(document: string, filter: Record<string, unknown>) {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (;;) {
    const response = await h.query<{ list: Connection }>(document, { filter, after });
    const list: Connection = dataOf(response).list;
    totalCount = list.totalCount;
    expect(list.totalCountIsEstimate).toBe(false);
    ids.push(...list.edges.map((e) => e.node.id));
    if (!list.pageInfo.hasNextPage) break;
    after = list.pageInfo.endCursor;
  }
  expect(new Set(ids).size).toBe(ids.length);
  expect(totalCount).toBe(ids.length);
  return new Set(ids);
}

async function workOrderRows() {
  return h.db
    .selectFrom('workOrders as w')
    .innerJoin('serviceRequests as r', 'r.id', 'w.serviceRequestId')
    .select([
      'w.id',
      'w.priority',
      'w.lon',
      'w.lat',
      'w.summary',
      'r.description',
      'r.address',
      'w.createdAt',
      'w.updatedAt',
      'w.status',
    ])
    .execute();
}

async function requestRows() {
  return h.db
    .selectFrom('serviceRequests')
    .select(['id', 'lon', 'lat', 'description', 'address', 'updatedAt'])
    .execute();
}

const ids = (rows: Array<{ id: string }>) => new Set(rows.map((row) => row.id));

/** A box around the middle of the rows' points, holding some but not all of them. */
function middleBox(rows: Array<{ lon: number; lat: number }>) {
  const lons = rows.map((r) => r.lon).sort((a, b) => a - b);
  const lats = rows.map((r) => r.lat).sort((a, b) => a - b);
  const at = (values: number[], share: number) => values[Math.floor(values.length * share)]!;
  return { west: at(lons, 0.2), south: at(lats, 0.2), east: at(lons, 0.7), north: at(lats, 0.7) };
}

/** A word that occurs in some rows' text (3+ letters), taken from the data itself. */
function commonWord(texts: string[]) {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(text.toLowerCase().match(/[a-z]{5,}/g) ?? [])) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const words = [...counts].filter(([, n]) => n > 3 && n < texts.length / 2);
  return words.sort((a, b) => b[1] - a[1])[0]![0];
}

describe('workOrders filters', () => {
  it('priorities keeps any of the listed priorities', async () => {
    const rows = await workOrderRows();
    const expected = ids(rows.filter((r) => r.priority === 'URGENT' || r.priority === 'LOW'));
    expect(expected.size).toBeGreaterThan(0);
    expect(await listed(WORK_ORDERS, { priorities: ['URGENT', 'LOW'] })).toEqual(expected);
  });

  it('bbox keeps the points inside the box, edges included', async () => {
    const rows = await workOrderRows();
    const box = middleBox(rows);
    const expected = ids(
      rows.filter(
        (r) => r.lon >= box.west && r.lon <= box.east && r.lat >= box.south && r.lat <= box.north,
      ),
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(expected.size).toBeLessThan(rows.length);
    expect(await listed(WORK_ORDERS, { bbox: box })).toEqual(expected);
  });

  it('near keeps the points within the radius', async () => {
    const rows = await workOrderRows();
    const centre = rows[0]!;
    const radiusMeters = 2500;
    const expected = ids(
      rows.filter((r) => distanceMeters(centre.lon, centre.lat, r.lon, r.lat) <= radiusMeters),
    );
    expect(expected.size).toBeGreaterThan(1);
    expect(expected.size).toBeLessThan(rows.length);
    const near = { lon: centre.lon, lat: centre.lat, radiusMeters };
    expect(await listed(WORK_ORDERS, { near })).toEqual(expected);
  });

  it('created and updated ranges are inclusive after, exclusive before', async () => {
    const rows = await workOrderRows();
    const times = rows.map((r) => r.createdAt.getTime()).sort((a, b) => a - b);
    const after = new Date(times[Math.floor(times.length / 4)]!);
    const before = new Date(times[Math.floor(times.length / 2)]!);
    const created = ids(rows.filter((r) => r.createdAt >= after && r.createdAt < before));
    expect(created.size).toBeGreaterThan(0);
    const filter = { createdAfter: after.toISOString(), createdBefore: before.toISOString() };
    expect(await listed(WORK_ORDERS, filter)).toEqual(created);
    const updated = ids(rows.filter((r) => r.updatedAt >= after));
    expect(await listed(WORK_ORDERS, { updatedAfter: after.toISOString() })).toEqual(updated);
  });

  it("text finds the words in the summary or the request's description or address", async () => {
    const rows = await workOrderRows();
    const word = commonWord(rows.map((r) => `${r.description} ${r.address}`));
    const matches = (text: string) => text.toLowerCase().includes(word);
    const expected = ids(rows.filter((r) => [r.summary, r.description, r.address].some(matches)));
    expect(expected.size).toBeGreaterThan(0);
    expect(await listed(WORK_ORDERS, { text: word.toUpperCase() })).toEqual(expected);
    // LIKE's wildcards are taken literally.
    expect(await listed(WORK_ORDERS, { text: '%%%' })).toEqual(new Set());
  });

  it('combines a new filter with open and district', async () => {
    const rows = await h.db
      .selectFrom('workOrders')
      .select(['id', 'priority', 'status', 'district'])
      .execute();
    const expected = ids(
      rows.filter(
        (r) =>
          r.district === 3 &&
          !['COMPLETED', 'CLOSED', 'CANCELLED'].includes(r.status) &&
          r.priority !== 'LOW',
      ),
    );
    const filter = { open: true, district: 3, priorities: ['URGENT', 'HIGH', 'NORMAL'] };
    expect(await listed(WORK_ORDERS, filter)).toEqual(expected);
  });
});

describe('serviceRequests filters', () => {
  it('bbox, near, updated range and text', async () => {
    const rows = await requestRows();
    const box = middleBox(rows);
    expect(await listed(REQUESTS, { bbox: box })).toEqual(
      ids(
        rows.filter(
          (r) => r.lon >= box.west && r.lon <= box.east && r.lat >= box.south && r.lat <= box.north,
        ),
      ),
    );
    const centre = rows[5]!;
    expect(
      await listed(REQUESTS, { near: { lon: centre.lon, lat: centre.lat, radiusMeters: 3000 } }),
    ).toEqual(
      ids(rows.filter((r) => distanceMeters(centre.lon, centre.lat, r.lon, r.lat) <= 3000)),
    );
    const after = rows.map((r) => r.updatedAt).sort((a, b) => a.getTime() - b.getTime())[100]!;
    expect(await listed(REQUESTS, { updatedBefore: after.toISOString() })).toEqual(
      ids(rows.filter((r) => r.updatedAt < after)),
    );
    const word = commonWord(rows.map((r) => `${r.description} ${r.address}`));
    const expected = ids(
      rows.filter((r) => `${r.description} ${r.address}`.toLowerCase().includes(word)),
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(await listed(REQUESTS, { text: word })).toEqual(expected);
  });
});

describe('bad filters are BAD_USER_INPUT naming the field', () => {
  const bbox = { west: -112.1, south: 33.4, east: -112.0, north: 33.5 };
  it.each([
    [{ bbox: { ...bbox, west: -111.9 } }, 'filter.bbox'],
    [{ bbox: { ...bbox, north: 33.3 } }, 'filter.bbox'],
    [{ near: { lon: -112, lat: 33.4, radiusMeters: 50_001 } }, 'filter.near.radiusMeters'],
    [{ near: { lon: -112, lat: 33.4, radiusMeters: 0 } }, 'filter.near.radiusMeters'],
    [{ near: { lon: -200, lat: 33.4, radiusMeters: 10 } }, 'filter.near'],
    [{ text: 'ab' }, 'filter.text'],
    [{ text: '  a  ' }, 'filter.text'],
    [{ district: 0 }, 'filter.district'],
    [
      { updatedAfter: '2026-11-02T00:00:00Z', updatedBefore: '2026-11-01T00:00:00Z' },
      'filter.updatedBefore',
    ],
  ])('%o → %s', async (filter, field) => {
    for (const document of [WORK_ORDERS, REQUESTS]) {
      h.resetStatements();
      const result = await h.query(document, { filter });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.data?.list ?? null).toBeNull();
      // Refused before any SQL.
      expect(h.statements).toEqual([]);
    }
  });

  it('an inverted created range', async () => {
    const result = await h.query(WORK_ORDERS, {
      filter: { createdAfter: '2026-11-02T00:00:00Z', createdBefore: '2026-11-01T00:00:00Z' },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.createdBefore',
    });
  });
});
