import { MAX_INDIVIDUAL_FEATURES, type TileAddress, tileBbox } from '@civicgraph/platform';
import { decodeTile, staffCaller } from '@civicgraph/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestsHarness, startRequestsHarness } from './harness';
import { getAsCaller, tileAt, tilePath, unitsIn } from './tiles-client';

const dispatcher = staffCaller('DISPATCHER');
const DENSE = MAX_INDIVIDUAL_FEATURES + 100;

let h: RequestsHarness;
let tile: TileAddress;

beforeAll(async () => {
  h = await startRequestsHarness(30);
  const anchor = await h.db
    .selectFrom('serviceRequests')
    .select(['lon', 'lat'])
    .orderBy('id')
    .executeTakeFirstOrThrow();
  tile = tileAt(14, anchor.lon, anchor.lat);
  const box = tileBbox(tile);
  const service = await h.db
    .selectFrom('services')
    .select(['id', 'departmentId'])
    .where('locationSensitive', '=', false)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  // More requests and work orders than one tile draws one by one, in the middle of a z14 tile.
  await sql`
    with dense as (
      insert into service_requests (id, number, service_id, status, channel, description, locale,
                                    lon, lat, address, district, requested_at, updated_at, closed_at)
      select gen_random_uuid(), 'DENSE-' || i, ${service.id}, case when i % 3 = 0 then 'CLOSED' else 'OPEN' end,
             'WEB', 'dense', 'en',
             ${box.west}::float8 + (${box.east}::float8 - ${box.west}::float8) * (0.25 + 0.5 * random()),
             ${box.south}::float8 + (${box.north}::float8 - ${box.south}::float8) * (0.25 + 0.5 * random()),
             'dense', null, now(), now(), case when i % 3 = 0 then now() end
      from generate_series(1, ${DENSE}) i
      returning id, number, lon, lat)
    insert into work_orders (id, number, service_request_id, service_id, department_id, status,
                             priority, summary, lon, lat, created_at, updated_at, due_at)
    select gen_random_uuid(), 'W' || number, id, ${service.id}, ${service.departmentId}, 'NEW',
           'NORMAL', 'dense', lon, lat, now(), now(), now() + interval '1 day'
    from dense`.execute(h.db);
});

afterAll(async () => {
  await h?.close();
});

/** How many rows' points lie in the tile (half-open), computed here. */
async function inTile(table: 'work_orders' | 'service_requests', where = sql`true`) {
  const { rows } = await sql<{ lon: number; lat: number }>`
    select lon, lat from ${sql.table(table)} where ${where}`.execute(h.db);
  return rows.filter((row) => {
    const [x, y] = unitsIn(tile, row.lon, row.lat);
    return x >= 0 && x < 4096 && y >= 0 && y < 4096;
  }).length;
}

async function features(layer: string, query = '') {
  const reply = await getAsCaller(h.running.url, dispatcher, tilePath(layer, tile, query));
  expect(reply.status).toBe(200);
  return decodeTile(reply.bytes)[layer] ?? [];
}

describe('a street-level tile with more points than it may draw', () => {
  it.each([
    ['work-orders', 'work_orders'],
    ['requests', 'service_requests'],
  ] as const)('falls back to the grid (%s), counts adding up', async (layer, table) => {
    const drawn = await features(layer);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThanOrEqual(MAX_INDIVIDUAL_FEATURES);
    expect(drawn.every((f) => f.properties.cluster === true)).toBe(true);
    const total = drawn.reduce((sum, f) => sum + Number(f.properties.count), 0);
    expect(total).toBe(await inTile(table));
    expect(total).toBeGreaterThan(MAX_INDIVIDUAL_FEATURES);
  });

  it.each([
    ['work-orders', 'priority=HIGH,URGENT', 'work_orders', sql`priority in ('HIGH', 'URGENT')`],
    ['requests', 'status=CLOSED', 'service_requests', sql`status = 'CLOSED'`],
  ] as const)(
    'draws each point when a filter leaves few enough (%s?%s)',
    async (layer, query, table, where) => {
      const drawn = await features(layer, query);
      expect(drawn.every((f) => f.properties.cluster === undefined && f.properties.id)).toBe(true);
      // Individual points include the tile's buffer: at least those inside.
      expect(drawn.length).toBeGreaterThanOrEqual(await inTile(table, where));
      expect(drawn.length).toBeLessThanOrEqual(MAX_INDIVIDUAL_FEATURES);
    },
  );
});
