import { type Bbox, type TileAddress, tileContaining, tilesCovering } from '@civicgraph/platform';
import { type DecodedFeature, decodeTile, postGraphQL } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { query } from '../src/outbox-rows';
import { signInAs, startSeededStack } from '../src/testing';

// The map as its users reach it, through the gateway's origin: the style a dispatcher's
// console and the public map load, the tiles it points at, who may read which layer,
// the counts on the map against the list's totals, and a change reaching the tiles.

let stack: RunningStack;
let dispatcher: Record<string, string>;
let requestsPartner: Record<string, string>;
let city: Bbox;

interface GraphQLAnswer<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function ask<Data>(document: string, variables: Record<string, unknown> = {}) {
  return postGraphQL<Data>(`${stack.url}/graphql`, document, variables, {
    headers: dispatcher,
  }) as Promise<GraphQLAnswer<Data>>;
}

async function partnerKey(scopes: string[]) {
  const admin = await signInAs(stack.url, 'ADMIN');
  const created = await postGraphQL<{ createApiClient: { apiKey: string } }>(
    `${stack.url}/graphql`,
    'mutation Create($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }',
    {
      input: {
        name: `Map ${scopes.join(' ')}`,
        contactEmail: 'map@example.org',
        scopes,
        rateLimitPerMinute: 100_000,
      },
    },
    { headers: admin },
  );
  const key = created.data?.createApiClient.apiKey;
  if (!key) throw new Error(`creating the API client failed: ${JSON.stringify(created.errors)}`);
  return { 'x-api-key': key };
}

const tilePath = (layer: string, tile: TileAddress, search = '') =>
  `/tiles/${layer}/${tile.z}/${tile.x}/${tile.y}.mvt${search}`;

async function getTile(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${stack.url}${path}`, { headers });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes };
}

/** One layer of a tile, decoded; a tile without it (nothing there) is an empty list. */
async function layerOf(
  layer: string,
  tile: TileAddress,
  search = '',
  headers: Record<string, string> = dispatcher,
): Promise<DecodedFeature[]> {
  const { response, bytes } = await getTile(tilePath(layer, tile, search), headers);
  expect(response.status, `${tilePath(layer, tile, search)} answered`).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/vnd\.mapbox-vector-tile/);
  return decodeTile(bytes)[layer] ?? [];
}

/** What the map counts at a zoom: every city tile's aggregates (and single points) summed. */
async function mappedTotal(layer: string, z: number, search: string): Promise<number> {
  let total = 0;
  for (const tile of tilesCovering(city, z)) {
    for (const feature of await layerOf(layer, tile, search)) {
      total += feature.properties.cluster === true ? Number(feature.properties.count) : 1;
    }
  }
  return total;
}

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 11, requests: 600, now: new Date('2026-11-01T15:00:00Z') },
  });
  dispatcher = await signInAs(stack.url, 'DISPATCHER');
  requestsPartner = await partnerKey(['REQUESTS_READ']);
  const answer = await ask<{ city: { bbox: Bbox } }>('{ city { bbox { west south east north } } }');
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  city = answer.data.city.bbox;
});

afterAll(async () => {
  await stack?.close();
});

describe('the style', () => {
  interface Style {
    version: number;
    sources: Record<string, { type: string; tiles: string[] }>;
    layers: Array<{ id: string; source?: string }>;
  }

  async function style(headers: Record<string, string> = {}) {
    const response = await fetch(`${stack.url}/tiles/style.json`, { headers });
    expect(response.status).toBe(200);
    return (await response.json()) as Style;
  }

  it("points a dispatcher's map at every layer, on the origin the console was reached at", async () => {
    const loaded = await style(dispatcher);
    expect(loaded.version).toBe(8);
    expect(Object.keys(loaded.sources).sort()).toEqual(
      ['assets', 'districts', 'requests', 'streets', 'work-orders'].sort(),
    );
    for (const [name, source] of Object.entries(loaded.sources)) {
      expect(source.type).toBe('vector');
      expect(source.tiles).toEqual([`${stack.url}/tiles/${name}/{z}/{x}/{y}.mvt`]);
    }
    for (const layer of loaded.layers) {
      if (layer.source) expect(Object.keys(loaded.sources)).toContain(layer.source);
    }
  });

  it('gives the public map only the public layers', async () => {
    const loaded = await style();
    expect(Object.keys(loaded.sources).sort()).toEqual(['districts', 'requests', 'streets']);
    expect(loaded.layers.some((layer) => layer.source === 'work-orders')).toBe(false);
  });
});

describe('who may read which layer', () => {
  const cityTile = () =>
    tileContaining(13, (city.west + city.east) / 2, (city.south + city.north) / 2);

  it('refuses work-order tiles to anonymous callers (401) and partners (403), with a JSON body', async () => {
    const anonymous = await fetch(`${stack.url}${tilePath('work-orders', cityTile())}`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as GraphQLAnswer<never>).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const partner = await fetch(`${stack.url}${tilePath('work-orders', cityTile())}`, {
      headers: requestsPartner,
    });
    expect(partner.status).toBe(403);
    expect(((await partner.json()) as GraphQLAnswer<never>).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('serves requests, streets and districts to anyone, and assets only to those who may read them', async () => {
    for (const layer of ['requests', 'streets', 'districts']) {
      const { response } = await getTile(tilePath(layer, cityTile()));
      expect(response.status, layer).toBe(200);
    }
    expect((await getTile(tilePath('assets', cityTile()))).response.status).toBe(401);
    expect((await getTile(tilePath('assets', cityTile()), dispatcher)).response.status).toBe(200);
  });

  it('puts no personal data in the public request tiles, at any zoom', async () => {
    // The seeded city files requests without contacts: give some of them reporters.
    await query(
      stack.databaseUrl,
      `update requests.service_requests
          set reporter_name = 'Ana Ruiz Tilesworth', reporter_email = 'ana.tiles@example.org',
              reporter_phone = '+16025550199'
        where id in (select id from requests.service_requests order by number limit 40)`,
    );
    const people = await query<{ text: string }>(
      stack.databaseUrl,
      `select unnest(array[reporter_name, reporter_email, reporter_phone, description, address]) as text
         from requests.service_requests where reporter_email is not null or reporter_name is not null`,
    );
    const secrets = people.rows
      .map((row) => row.text)
      .filter((text): text is string => typeof text === 'string' && text.length >= 6);
    expect(secrets.length).toBeGreaterThan(0);
    const allowed = new Set([
      'id',
      'number',
      'status',
      'serviceCode',
      'requestedAt',
      'district',
      'snapped',
      'cluster',
      'count',
      'openCount',
      'closedCount',
    ]);
    // At z16 the tiles holding reported requests (the city has too many to ask for all).
    const reported = await query<{ lon: number; lat: number }>(
      stack.databaseUrl,
      'select lon, lat from requests.service_requests where reporter_email is not null limit 40',
    );
    for (const z of [10, 13, 16]) {
      const tiles =
        z === 16
          ? reported.rows.map((row) => tileContaining(16, row.lon, row.lat))
          : tilesCovering(city, z);
      for (const tile of tiles) {
        const { response, bytes } = await getTile(tilePath('requests', tile));
        expect(response.status).toBe(200);
        const text = Buffer.from(bytes).toString('utf8');
        for (const secret of secrets) expect(text).not.toContain(secret);
        for (const feature of decodeTile(bytes).requests ?? []) {
          for (const key of Object.keys(feature.properties)) expect(allowed).toContain(key);
        }
      }
    }
  });
});

describe('the map counts what the list counts', () => {
  it('sums open work orders over the city at zoom 10 and 13 to the list total', async () => {
    const answer = await ask<{ workOrders: { totalCount: number } }>(
      '{ workOrders(filter: { open: true }) { totalCount } }',
    );
    const total = answer.data?.workOrders.totalCount ?? -1;
    expect(total).toBeGreaterThan(0);
    expect(await mappedTotal('work-orders', 10, '?open=true')).toBe(total);
    expect(await mappedTotal('work-orders', 13, '?open=true')).toBe(total);
  });

  it('sums open requests over the city at zoom 10 and 13 to the list total', async () => {
    const answer = await ask<{ serviceRequests: { totalCount: number } }>(
      '{ serviceRequests(filter: { status: OPEN }) { totalCount } }',
    );
    const total = answer.data?.serviceRequests.totalCount ?? -1;
    expect(total).toBeGreaterThan(0);
    expect(await mappedTotal('requests', 10, '?status=OPEN')).toBe(total);
    expect(await mappedTotal('requests', 13, '?status=OPEN')).toBe(total);
  });
});

describe('a change reaches the map', () => {
  it("changes the ETag of the work order's tile, and the tile shows the new status", async () => {
    const listed = await ask<{
      workOrders: {
        edges: Array<{
          node: { id: string; version: number; location: { lon: number; lat: number } };
        }>;
      };
    }>(
      `{ workOrders(first: 1, filter: { statuses: [ASSIGNED] }) {
          edges { node { id version location { lon lat } } } } }`,
    );
    const workOrder = listed.data?.workOrders.edges[0]?.node;
    if (!workOrder) throw new Error(`no assigned work order: ${JSON.stringify(listed.errors)}`);
    const tile = tileContaining(16, workOrder.location.lon, workOrder.location.lat);
    const before = await getTile(tilePath('work-orders', tile), dispatcher);
    const etag = before.response.headers.get('etag');
    expect(etag).toBeTruthy();
    const cached = await getTile(tilePath('work-orders', tile), {
      ...dispatcher,
      'if-none-match': etag ?? '',
    });
    expect(cached.response.status).toBe(304);

    const supervisor = await signInAs(stack.url, 'SUPERVISOR');
    const started = await postGraphQL<{ startWorkOrder: { workOrder: { status: string } } }>(
      `${stack.url}/graphql`,
      'mutation Start($input: StartWorkOrderInput!) { startWorkOrder(input: $input) { workOrder { status } } }',
      { input: { id: workOrder.id, expectedVersion: workOrder.version } },
      { headers: supervisor },
    );
    expect(started.data?.startWorkOrder.workOrder.status).toBe('IN_PROGRESS');

    const after = await getTile(tilePath('work-orders', tile), {
      ...dispatcher,
      'if-none-match': etag ?? '',
    });
    expect(after.response.status).toBe(200);
    expect(after.response.headers.get('etag')).not.toBe(etag);
    const shown = (decodeTile(after.bytes)['work-orders'] ?? []).find(
      (feature) => feature.properties.id === workOrder.id,
    );
    expect(shown?.properties.status).toBe('IN_PROGRESS');
  });
});

describe('bad addresses', () => {
  it.each([
    '/tiles/work-orders/23/0/0.mvt',
    '/tiles/requests/10/1024/0.mvt',
    '/tiles/requests/10/-1/0.mvt',
    '/tiles/requests/abc/0/0.mvt',
    '/tiles/streets/10/1/1.png',
    '/tiles/requests/10/1/1.mvt?status=SIDEWAYS',
  ])('%s is a 400 with a JSON body', async (path) => {
    const response = await fetch(`${stack.url}${path}`, { headers: dispatcher });
    expect(response.status).toBe(400);
    const body = (await response.json()) as GraphQLAnswer<never>;
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('answers a tile far from the city with an empty, valid tile', async () => {
    const { response, bytes } = await getTile(tilePath('requests', { z: 12, x: 0, y: 0 }));
    expect(response.status).toBe(200);
    expect(decodeTile(bytes)).toEqual({});
  });

  it('answers an unknown layer with a JSON 404', async () => {
    const response = await fetch(`${stack.url}/tiles/parcels/10/1/1.mvt`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/json/);
  });
});
