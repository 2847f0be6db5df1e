import {
  ANONYMOUS,
  GRID_CELL_UNITS,
  geometryBbox,
  projectToTile,
  snapToBlock,
  type TileAddress,
} from '@civicgraph/platform';
import { decodeTile, partnerCaller, staffCaller } from '@civicgraph/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestsHarness, startRequestsHarness } from './harness';
import { getAsCaller, type RefusalBody, tileAt, tilePath, unitsIn } from './tiles-client';

const dispatcher = staffCaller('DISPATCHER');
const supervisor = staffCaller('SUPERVISOR');
const partner = partnerCaller(['requests:read']);

const WORK_ORDER_PROPERTIES = [
  'id',
  'number',
  'status',
  'priority',
  'overdue',
  'serviceCode',
  'departmentId',
  'assigneeId',
  'crewId',
  'assetId',
  'district',
];
const WORK_ORDER_CELL_PROPERTIES = [
  'cluster',
  'count',
  'overdueCount',
  'statusNew',
  'statusAssigned',
  'statusInProgress',
  'statusOnHold',
  'statusCompleted',
  'statusClosed',
  'statusCancelled',
  'priorityLow',
  'priorityNormal',
  'priorityHigh',
  'priorityUrgent',
];
/** Everything a request tile may say: nothing about who reported it, or in what words. */
const REQUEST_PROPERTIES = [
  'id',
  'number',
  'status',
  'serviceCode',
  'requestedAt',
  'district',
  'snapped',
];
const REQUEST_CELL_PROPERTIES = ['cluster', 'count', 'openCount', 'closedCount'];

interface Row {
  id: string;
  number: string;
  status: string;
  lon: number;
  lat: number;
  serviceId: string;
  serviceCode: string;
  sensitive: boolean;
}

let h: RequestsHarness;
let url: string;
let workOrders: Array<Row & { priority: string; overdue: boolean }>;
let requests: Array<Row & { requestedAt: Date }>;
/** Every tile at zoom z that the city's box (grown by a block) touches. */
let cityTiles: (z: number) => TileAddress[];

beforeAll(async () => {
  h = await startRequestsHarness(300);
  url = h.running.url;
  // Staff see work where it is: work orders are never snapped.
  workOrders = await h.db
    .selectFrom('workOrders as w')
    .innerJoin('services as s', 's.id', 'w.serviceId')
    .select([
      'w.id',
      'w.number',
      'w.status',
      'w.priority',
      'w.overdue',
      'w.lon',
      'w.lat',
      'w.serviceId',
      's.code as serviceCode',
      sql<boolean>`false`.as('sensitive'),
    ])
    .execute();
  requests = await h.db
    .selectFrom('serviceRequests as r')
    .innerJoin('services as s', 's.id', 'r.serviceId')
    .select([
      'r.id',
      'r.number',
      'r.status',
      'r.lon',
      'r.lat',
      'r.requestedAt',
      'r.serviceId',
      's.code as serviceCode',
      's.locationSensitive as sensitive',
    ])
    .execute();
  const city = await h.db.selectFrom('city').select('boundary').executeTakeFirstOrThrow();
  const box = geometryBbox(city.boundary);
  cityTiles = (z) => {
    const nw = tileAt(z, box.west - 0.01, box.north + 0.01);
    const se = tileAt(z, box.east + 0.01, box.south - 0.01);
    const tiles: TileAddress[] = [];
    for (let x = nw.x; x <= se.x; x++) for (let y = nw.y; y <= se.y; y++) tiles.push({ z, x, y });
    return tiles;
  };
});

afterAll(async () => {
  await h?.close();
});

async function tileOf(layer: string, tile: TileAddress, query = '', caller = dispatcher) {
  const reply = await getAsCaller(url, caller, tilePath(layer, tile, query));
  expect(reply.status, Buffer.from(reply.bytes).toString()).toBe(200);
  expect(reply.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
  return decodeTile(reply.bytes)[layer] ?? [];
}

/** Where a row is published: its block's centre for a location-sensitive service. */
const published = (row: Row): [number, number] =>
  row.sensitive ? snapToBlock(row.lon, row.lat) : [row.lon, row.lat];

/** The cells a tile's grid should hold, computed here from the rows. */
function expectedCells<R extends Row>(
  tile: TileAddress,
  rows: R[],
  counts: (rows: R[]) => Record<string, number>,
) {
  const cells = new Map<string, { xs: number[]; ys: number[]; rows: R[] }>();
  for (const row of rows) {
    const [x, y] = unitsIn(tile, ...published(row));
    if (x < 0 || x >= 4096 || y < 0 || y >= 4096) continue;
    const key = `${Math.floor(x / GRID_CELL_UNITS)},${Math.floor(y / GRID_CELL_UNITS)}`;
    const cell = cells.get(key) ?? { xs: [], ys: [], rows: [] };
    cell.xs.push(x);
    cell.ys.push(y);
    cell.rows.push(row);
    cells.set(key, cell);
  }
  const mean = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) / values.length);
  return [...cells.values()]
    .map((cell) => ({
      x: mean(cell.xs),
      y: mean(cell.ys),
      properties: { cluster: true, count: cell.rows.length, ...counts(cell.rows) },
    }))
    .sort((a, b) => a.x - b.x || a.y - b.y);
}

const countOf = <R>(rows: R[], test: (row: R) => boolean) => rows.filter(test).length;

function workOrderCounts(rows: typeof workOrders) {
  const statuses = [
    'NEW',
    'ASSIGNED',
    'IN_PROGRESS',
    'ON_HOLD',
    'COMPLETED',
    'CLOSED',
    'CANCELLED',
  ];
  const priorities = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
  const pascal = (v: string) =>
    v.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase());
  return {
    overdueCount: countOf(rows, (r) => r.overdue),
    ...Object.fromEntries(
      statuses.map((s) => [`status${pascal(s)}`, countOf(rows, (r) => r.status === s)]),
    ),
    ...Object.fromEntries(
      priorities.map((p) => [`priority${pascal(p)}`, countOf(rows, (r) => r.priority === p)]),
    ),
  };
}

function requestCounts(rows: typeof requests) {
  return {
    openCount: countOf(rows, (r) => r.status === 'OPEN'),
    closedCount: countOf(rows, (r) => r.status === 'CLOSED'),
  };
}

const decodedCells = (features: Awaited<ReturnType<typeof tileOf>>) =>
  features
    .map((f) => {
      expect(f.type).toBe('Point');
      const [[point]] = f.geometry as [[{ x: number; y: number }]];
      return { x: point.x, y: point.y, properties: f.properties };
    })
    .sort((a, b) => a.x - b.x || a.y - b.y);

/** The tile at zoom z holding the most of these rows (where they are published). */
function busiestTile(z: number, rows: Row[]): TileAddress {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const tile = tileAt(z, ...published(row));
    const key = `${tile.x}/${tile.y}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [key] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const [x, y] = key.split('/').map(Number);
  return { z, x: x!, y: y! };
}

describe('work-orders tiles', () => {
  it.each([10, 13])('at z%i are the grid of counts the rows make, in SQL', async (z) => {
    const tile = busiestTile(z, workOrders);
    const features = await tileOf('work-orders', tile);
    expect(features.length).toBeGreaterThan(0);
    for (const feature of features) {
      expect(Object.keys(feature.properties).sort()).toEqual(
        [...WORK_ORDER_CELL_PROPERTIES].sort(),
      );
    }
    expect(decodedCells(features)).toEqual(expectedCells(tile, workOrders, workOrderCounts));
  });

  it('at z16 carry each work order with exactly the contract properties', async () => {
    const row = await h.db
      .selectFrom('workOrders')
      .selectAll()
      .where('assigneeId', 'is not', null)
      .where('district', 'is not', null)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const tile = tileAt(16, row.lon, row.lat);
    const features = await tileOf('work-orders', tile);
    const inBuffer = workOrders.filter((w) => {
      const [x, y] = projectToTile(tile, w.lon, w.lat);
      return x >= -64 && x <= 4160 && y >= -64 && y <= 4160;
    });
    expect(features.map((f) => f.properties.id).sort()).toEqual(inBuffer.map((w) => w.id).sort());
    const feature = features.find((f) => f.properties.id === row.id)!;
    const service = workOrders.find((w) => w.id === row.id)!;
    const expected: Record<string, unknown> = {
      id: row.id,
      number: row.number,
      status: row.status,
      priority: row.priority,
      overdue: row.overdue,
      serviceCode: service.serviceCode,
      departmentId: row.departmentId,
      assigneeId: row.assigneeId,
      crewId: row.crewId,
      assetId: row.assetId,
      district: row.district,
    };
    for (const key of Object.keys(expected)) if (expected[key] === null) delete expected[key];
    expect(feature.properties).toEqual(expected);
    expect(Object.keys(feature.properties).every((k) => WORK_ORDER_PROPERTIES.includes(k))).toBe(
      true,
    );
    const [x, y] = projectToTile(tile, row.lon, row.lat);
    expect(feature.geometry).toEqual([[{ x, y }]]);
    expect(feature.type).toBe('Point');
  });

  it.each([
    ['no filter', '', () => h.db.selectFrom('workOrders')],
    [
      'open=true',
      'open=true',
      () =>
        h.db
          .selectFrom('workOrders')
          .where('status', 'not in', ['COMPLETED', 'CLOSED', 'CANCELLED']),
    ],
    ['status and service', 'statusAndService', null],
  ] as const)(
    'counts at z10 and z13 add up to the filtered total (%s)',
    async (_name, query, base) => {
      let filterQuery: string = query;
      let total: number;
      if (base) {
        total = Number(
          (await base().select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n,
        );
      } else {
        const busiest = await sql<{ code: string; n: number }>`
        select s.code, count(*)::int as n from work_orders w join services s on s.id = w.service_id
        where w.status in ('NEW', 'ASSIGNED') group by s.code order by n desc, s.code limit 1`.execute(
          h.db,
        );
        const code = busiest.rows[0]!.code;
        filterQuery = `status=NEW,ASSIGNED&service=${code}`;
        total = busiest.rows[0]!.n;
      }
      expect(total).toBeGreaterThan(0);
      for (const z of [10, 13]) {
        let sum = 0;
        for (const tile of cityTiles(z)) {
          for (const f of await tileOf('work-orders', tile, filterQuery))
            sum += Number(f.properties.count);
        }
        expect(sum, `z${z}`).toBe(total);
      }
    },
  );
});

describe('requests tiles', () => {
  it.each([10, 13])('at z%i are the grid of counts, snapped requests in their block', async (z) => {
    // The tile holding the most location-sensitive requests: their cells are the point.
    const tile = busiestTile(
      z,
      requests.filter((r) => r.sensitive),
    );
    const inTile = requests.filter((r) => {
      const [x, y] = unitsIn(tile, ...published(r));
      return x >= 0 && x < 4096 && y >= 0 && y < 4096;
    });
    expect(
      inTile.some((r) => r.sensitive),
      'a snapped request in the tile',
    ).toBe(true);
    const features = await tileOf('requests', tile, '', ANONYMOUS);
    for (const feature of features) {
      expect(Object.keys(feature.properties).sort()).toEqual([...REQUEST_CELL_PROPERTIES].sort());
    }
    expect(decodedCells(features)).toEqual(expectedCells(tile, requests, requestCounts));
  });

  it('at z16 carry each request with only public properties', async () => {
    const row = requests.find((r) => !r.sensitive)!;
    const tile = tileAt(16, row.lon, row.lat);
    const features = await tileOf('requests', tile, '', ANONYMOUS);
    const feature = features.find((f) => f.properties.id === row.id)!;
    const stored = await h.db
      .selectFrom('serviceRequests')
      .select(['district'])
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(feature.properties).toEqual({
      id: row.id,
      number: row.number,
      status: row.status,
      serviceCode: row.serviceCode,
      requestedAt: row.requestedAt.toISOString(),
      ...(stored.district === null ? {} : { district: stored.district }),
    });
    expect(feature.geometry).toEqual([
      [
        {
          x: projectToTile(tile, row.lon, row.lat)[0],
          y: projectToTile(tile, row.lon, row.lat)[1],
        },
      ],
    ]);
  });

  it('publish a location-sensitive request at its block, marked snapped', async () => {
    const row = requests.find((r) => r.sensitive);
    expect(row, 'the demo city has location-sensitive requests').toBeDefined();
    const [lon, lat] = snapToBlock(row!.lon, row!.lat);
    const tile = tileAt(16, lon, lat);
    const features = await tileOf('requests', tile, '', ANONYMOUS);
    const feature = features.find((f) => f.properties.id === row!.id)!;
    expect(feature.properties.snapped).toBe(true);
    const [x, y] = projectToTile(tile, lon, lat);
    expect(feature.geometry).toEqual([[{ x, y }]]);
    expect([x, y]).not.toEqual(projectToTile(tile, row!.lon, row!.lat));
    // Only location-sensitive services are snapped.
    for (const f of features) {
      const r = requests.find((q) => q.id === f.properties.id)!;
      expect(f.properties.snapped === true).toBe(r.sensitive);
    }
  });

  it('carry no personal data: no reporter, description or address, at any zoom', async () => {
    const marked = requests.slice(0, 40).map((r) => r.id);
    await h.db
      .updateTable('serviceRequests')
      .set({
        reporterName: 'Zenobia Quillfeather',
        reporterEmail: 'zenobia.q@example.test',
        reporterPhone: '+1-602-555-0199',
        description: 'Unmistakable words 7731 from the resident',
        address: '4321 Nowhere Secret Lane',
      })
      .where('id', 'in', marked)
      .execute();
    const secrets = ['Zenobia', 'zenobia.q@example', '555-0199', 'Unmistakable', 'Secret Lane'];
    const tiles = [
      ...requests.slice(0, 40).map((r) => tileAt(16, ...published(r))),
      ...requests.slice(0, 40).map((r) => tileAt(14, ...published(r))),
      ...cityTiles(10),
    ];
    for (const tile of tiles) {
      const reply = await getAsCaller(url, ANONYMOUS, tilePath('requests', tile));
      expect(reply.status).toBe(200);
      const text = Buffer.from(reply.bytes).toString('latin1');
      for (const secret of secrets) expect(text).not.toContain(secret);
      for (const feature of decodeTile(reply.bytes).requests ?? []) {
        const allowed = feature.properties.cluster ? REQUEST_CELL_PROPERTIES : REQUEST_PROPERTIES;
        for (const key of Object.keys(feature.properties)) expect(allowed).toContain(key);
      }
    }
  });

  it.each([
    ['no filter', '', (r: (typeof requests)[number]) => Boolean(r)],
    ['status=OPEN', 'status=OPEN', (r: (typeof requests)[number]) => r.status === 'OPEN'],
  ])('counts at z10 and z13 add up to the filtered total (%s)', async (_name, query, keep) => {
    const total = requests.filter(keep).length;
    for (const z of [10, 13]) {
      let sum = 0;
      for (const tile of cityTiles(z)) {
        for (const f of await tileOf('requests', tile, query, ANONYMOUS))
          sum += Number(f.properties.count);
      }
      expect(sum, `z${z}`).toBe(total);
    }
  });

  it('counts with a status and service filter add up to a SQL count', async () => {
    const { rows } = await sql<{ code: string; n: number }>`
      select s.code, count(*)::int as n from service_requests r join services s on s.id = r.service_id
      where r.status = 'CLOSED' and s.location_sensitive group by s.code order by n desc, s.code limit 1`.execute(
      h.db,
    );
    const { code, n } = rows[0]!;
    for (const z of [10, 13]) {
      let sum = 0;
      for (const tile of cityTiles(z)) {
        const features = await tileOf('requests', tile, `status=CLOSED&service=${code}`, ANONYMOUS);
        for (const f of features) sum += Number(f.properties.count);
      }
      expect(sum, `z${z}`).toBe(n);
    }
  });
});

describe('every tile layer', () => {
  it('answers a tile outside the city with an empty tile, without querying points', async () => {
    for (const layer of ['work-orders', 'requests']) {
      // Warm the city cache, then watch the statements.
      await getAsCaller(url, dispatcher, tilePath(layer, { z: 10, x: 0, y: 0 }));
      h.resetStatements();
      const reply = await getAsCaller(url, dispatcher, tilePath(layer, { z: 12, x: 100, y: 200 }));
      expect(reply.status).toBe(200);
      expect(reply.bytes.length).toBe(0);
      expect(decodeTile(reply.bytes)).toEqual({});
      expect(reply.headers.get('etag')).toMatch(/^".+"$/);
      expect(h.statements.filter((s) => /work_orders|service_requests|outbox/.test(s))).toEqual([]);
    }
  });

  it('gives work-order tiles to staff only: 401 anonymous, 403 partner', async () => {
    const path = tilePath('work-orders', busiestTile(13, workOrders));
    const anonymous = await getAsCaller(url, ANONYMOUS, path);
    expect(anonymous.status).toBe(401);
    expect((anonymous.json as RefusalBody).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    const refused = await getAsCaller(url, partner, path);
    expect(refused.status).toBe(403);
    expect((refused.json as RefusalBody).errors[0]!.extensions).toMatchObject({
      code: 'FORBIDDEN',
      permission: 'work-orders.read',
    });
    expect(
      (await getAsCaller(url, partner, tilePath('requests', busiestTile(13, requests)))).status,
    ).toBe(200);
  });

  it('tags a tile with an ETag: the same twice, 304 without a tile query, new after a change', async () => {
    const row = workOrders.find((w) => w.status === 'NEW')!;
    const path = tilePath('work-orders', tileAt(16, row.lon, row.lat));
    const first = await getAsCaller(url, dispatcher, path);
    const second = await getAsCaller(url, dispatcher, path);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    expect(second.headers.get('etag')).toBe(etag);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    h.resetStatements();
    const cached = await getAsCaller(url, dispatcher, path, { 'if-none-match': etag });
    expect(cached.status).toBe(304);
    expect(cached.bytes.length).toBe(0);
    expect(h.statements.filter((s) => /work_orders|service_requests/.test(s))).toEqual([]);
    // Another filter is another tile.
    const filtered = await getAsCaller(url, dispatcher, `${path}?open=true`);
    expect(filtered.headers.get('etag')).not.toBe(etag);

    const version = await h.db
      .selectFrom('workOrders')
      .select('version')
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    const changed = await h.queryAs<{
      changeWorkOrderPriority: { workOrder: { priority: string } | null };
    }>(
      supervisor,
      `mutation ($input: ChangeWorkOrderPriorityInput!) {
         changeWorkOrderPriority(input: $input) { workOrder { priority } }
       }`,
      {
        input: {
          id: row.id,
          expectedVersion: version.version,
          priority: row.priority === 'URGENT' ? 'LOW' : 'URGENT',
        },
      },
    );
    expect(changed.errors).toBeUndefined();
    const after = await getAsCaller(url, dispatcher, path, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const feature = decodeTile(after.bytes)['work-orders']!.find(
      (f) => f.properties.id === row.id,
    )!;
    expect(feature.properties.priority).toBe(
      changed.data!.changeWorkOrderPriority.workOrder!.priority,
    );
  });

  it('gives a request tile a new ETag when its service turns location-sensitive', async () => {
    const row = requests.find((r) => !r.sensitive)!;
    const path = tilePath('requests', tileAt(16, row.lon, row.lat));
    const before = await getAsCaller(url, ANONYMOUS, path);
    expect(before.headers.get('cache-control')).toBe('public, max-age=15, must-revalidate');
    const etag = before.headers.get('etag')!;
    await h.db
      .updateTable('services')
      .set({ locationSensitive: true })
      .where('id', '=', row.serviceId)
      .execute();
    try {
      const after = await getAsCaller(url, ANONYMOUS, path, { 'if-none-match': etag });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(etag);
      const feature = decodeTile(after.bytes).requests?.find((f) => f.properties.id === row.id);
      // Published at its block now: in this tile (or a neighbour), and marked.
      if (feature) expect(feature.properties.snapped).toBe(true);
    } finally {
      await h.db
        .updateTable('services')
        .set({ locationSensitive: false })
        .where('id', '=', row.serviceId)
        .execute();
    }
  });

  it.each([
    ['/tiles/work-orders/23/0/0.mvt', 'z'],
    ['/tiles/work-orders/1.5/0/0.mvt', 'z'],
    ['/tiles/work-orders/10/1024/0.mvt', 'x'],
    ['/tiles/work-orders/10/1.5/0.mvt', 'x'],
    ['/tiles/work-orders/10/0/-1.mvt', 'y'],
    ['/tiles/requests/10/0/1024.mvt', 'y'],
    ['/tiles/requests/10/0/abc.mvt', 'y'],
    ['/tiles/requests/10/0/10.png', 'y'],
    ['/tiles/work-orders/10/193/410.mvt?status=DONE', 'status'],
    ['/tiles/requests/10/193/410.mvt?status=NEW', 'status'],
    ['/tiles/work-orders/10/193/410.mvt?department=not-a-uuid', 'department'],
    ['/tiles/requests/10/193/410.mvt?department=123', 'department'],
    ['/tiles/work-orders/10/193/410.mvt?createdFrom=yesterday', 'createdFrom'],
    ['/tiles/work-orders/10/193/410.mvt?createdFrom=2026-11-30&createdTo=2026-11-01', 'createdTo'],
    ['/tiles/requests/10/193/410.mvt?requestedTo=2026-13-45', 'requestedTo'],
    ['/tiles/work-orders/10/193/410.mvt?open=maybe', 'open'],
    ['/tiles/work-orders/10/193/410.mvt?district=0', 'district'],
    ['/tiles/work-orders/10/193/410.mvt?service=a%20b', 'service'],
    ['/tiles/work-orders/10/193/410.mvt?stauts=NEW', 'stauts'],
  ])('refuses %s with a 400 naming %s', async (path, argument) => {
    const reply = await getAsCaller(url, dispatcher, path);
    expect(reply.status).toBe(400);
    expect((reply.json as RefusalBody).errors[0]!.extensions).toMatchObject({
      code: 'BAD_REQUEST',
      argument,
    });
  });
});
