import { postGraphQL } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { query } from '../src/outbox-rows';
import { signInAs, startSeededStack } from '../src/testing';

// The links between assets (assets subgraph) and work (requests subgraph), through
// the gateway: right rows, compared with SQL on the seeded city; one batch per field
// whatever the page size; refused to whom the access rules refuse.

let stack: RunningStack;
let dispatcher: Record<string, string>;
let catalogPartner: Record<string, string>;
let requestsPartner: Record<string, string>;
/** SQL statements seen since the last reset, by subgraph. */
let statements: Record<string, number> = {};

interface GraphQLAnswer<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function ask<Data>(
  document: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = dispatcher,
): Promise<GraphQLAnswer<Data>> {
  return postGraphQL<Data>(`${stack.url}/graphql`, document, variables, { headers });
}

const sqlRows = async <Row extends Record<string, unknown>>(text: string, values: unknown[] = []) =>
  (await query<Row>(stack.databaseUrl, text, values)).rows;

async function partnerKey(scopes: string[]) {
  const admin = await signInAs(stack.url, 'ADMIN');
  const created = await ask<{ createApiClient: { apiKey: string } }>(
    'mutation Create($input: CreateApiClientInput!) { createApiClient(input: $input) { apiKey } }',
    {
      input: {
        name: `Asset links ${scopes.join(' ')}`,
        contactEmail: 'links@example.org',
        scopes,
        rateLimitPerMinute: 10_000,
      },
    },
    admin,
  );
  const key = created.data?.createApiClient.apiKey;
  if (!key) throw new Error(`creating the API client failed: ${JSON.stringify(created.errors)}`);
  return { 'x-api-key': key };
}

const codes = (answer: GraphQLAnswer<unknown>) =>
  (answer.errors ?? []).map((error) => error.extensions?.code);

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 9, requests: 400, now: new Date('2026-11-01T15:00:00Z') },
    onQuery: (subgraph) => {
      statements[subgraph] = (statements[subgraph] ?? 0) + 1;
    },
  });
  dispatcher = await signInAs(stack.url, 'DISPATCHER');
  catalogPartner = await partnerKey(['CATALOG_READ']);
  requestsPartner = await partnerKey(['REQUESTS_READ']);
});

afterAll(async () => {
  await stack?.close();
});

interface WorkRow extends Record<string, unknown> {
  asset_id: string;
  number: string;
  resolution_code: string | null;
  resolution: string | null;
}

/** Each asset's work orders by SQL, in the order the fields promise. */
async function workBySql(assetIds: string[], history: boolean): Promise<Map<string, WorkRow[]>> {
  const rows = await sqlRows<WorkRow>(
    history
      ? `select asset_id::text, number, resolution_code, resolution from requests.work_orders
         where asset_id = any($1::uuid[]) and status in ('COMPLETED', 'CLOSED')
         order by coalesce(completed_at, closed_at) desc, id desc`
      : `select asset_id::text, number, resolution_code, resolution from requests.work_orders
         where asset_id = any($1::uuid[]) order by created_at desc, id desc`,
    [assetIds],
  );
  const byAsset = new Map<string, WorkRow[]>(assetIds.map((id) => [id, []]));
  for (const row of rows) byAsset.get(row.asset_id)!.push(row);
  return byAsset;
}

describe('WorkOrder.asset', () => {
  it('names the asset and its type the work order points at, in one batch', async () => {
    statements = {};
    const answer = await ask<{
      workOrders: {
        edges: {
          node: { number: string; asset: { tag: string; assetType: { name: string } } | null };
        }[];
      };
    }>(`{ workOrders(first: 50) { edges { node { number asset { tag assetType { name } } } } } }`);
    expect(answer.errors).toBeUndefined();
    const numbers = answer.data!.workOrders.edges.map((edge) => edge.node.number);
    const expected = await sqlRows<{ number: string; tag: string | null; name: string | null }>(
      `select w.number, a.tag, t.name_en as name from requests.work_orders w
       left join assets.assets a on a.id = w.asset_id
       left join assets.asset_types t on t.id = a.asset_type_id
       where w.number = any($1)`,
      [numbers],
    );
    const byNumber = new Map(expected.map((row) => [row.number, row]));
    for (const { node } of answer.data!.workOrders.edges) {
      const row = byNumber.get(node.number)!;
      expect(node.asset).toEqual(row.tag ? { tag: row.tag, assetType: { name: row.name } } : null);
    }
    expect(statements.assets).toBeLessThanOrEqual(2); // assets, asset types
    // The control: the page does reach assets.
    expect(answer.data!.workOrders.edges.filter((edge) => edge.node.asset).length).toBeGreaterThan(
      0,
    );
  });
});

describe('Asset.workOrders and Asset.maintenanceHistory', () => {
  it('list the work on an asset, newest first, and its finished work with resolutions', async () => {
    // The asset with the most finished work, then the most work: lists long enough to order.
    const [busiest] = await sqlRows<{ asset_id: string; tag: string }>(
      `select w.asset_id::text, a.tag from requests.work_orders w
       join assets.assets a on a.id = w.asset_id
       group by w.asset_id, a.tag
       order by count(*) filter (where w.status in ('COMPLETED', 'CLOSED')) desc, count(*) desc
       limit 1`,
    );
    expect(busiest).toBeDefined();
    // The seeded city finishes work without resolutions; give the asset's finished work
    // what completing it through the lifecycle writes (one of the service's codes, a note).
    await sqlRows(
      `update requests.work_orders w set
         resolution_code = (select code from requests.resolution_codes r
                            where r.service_id = w.service_id order by code limit 1),
         resolution = 'Fixed: ' || w.number
       where w.asset_id = $1 and w.status in ('COMPLETED', 'CLOSED')`,
      [busiest!.asset_id],
    );
    const answer = await ask<{
      asset: {
        workOrders: { number: string }[];
        open: { number: string; status: string }[];
        finished: { number: string; status: string }[];
        maintenanceHistory: {
          number: string;
          resolutionCode: string | null;
          resolution: string | null;
        }[];
      };
    }>(
      `query Asset($tag: String!) {
        asset(tag: $tag) {
          workOrders(first: 100) { number }
          open: workOrders(first: 100, open: true) { number status }
          finished: workOrders(first: 100, open: false) { number status }
          maintenanceHistory(first: 100) { number resolutionCode resolution }
        }
      }`,
      { tag: busiest!.tag },
    );
    expect(answer.errors).toBeUndefined();
    const asset = answer.data!.asset;
    const all = (await workBySql([busiest!.asset_id], false)).get(busiest!.asset_id)!;
    const history = (await workBySql([busiest!.asset_id], true)).get(busiest!.asset_id)!;
    expect(all.length).toBeGreaterThan(1);
    expect(history.length).toBeGreaterThan(0);
    expect(asset.workOrders.map((w) => w.number)).toEqual(all.map((w) => w.number));
    expect(asset.maintenanceHistory).toEqual(
      history.map((w) => ({
        number: w.number,
        resolutionCode: w.resolution_code,
        resolution: w.resolution,
      })),
    );
    expect(asset.maintenanceHistory.some((w) => w.resolutionCode)).toBe(true);
    const finished = ['COMPLETED', 'CLOSED', 'CANCELLED'];
    expect(asset.open.every((w) => !finished.includes(w.status))).toBe(true);
    expect(asset.finished.every((w) => finished.includes(w.status))).toBe(true);
    // Open and finished split the whole list, each in the same order.
    const openNumbers = new Set(asset.open.map((w) => w.number));
    expect(asset.open.map((w) => w.number)).toEqual(
      asset.workOrders.map((w) => w.number).filter((n) => openNumbers.has(n)),
    );
    expect(asset.open.length + asset.finished.length).toBe(asset.workOrders.length);
  });

  const page = `
    query Assets($first: Int!) {
      assets(first: $first) {
        edges { node {
          id tag
          workOrders(first: 3) { number service { name } }
          maintenanceHistory(first: 2) { number resolutionCode }
        } }
      }
    }
  `;
  type Page = {
    assets: {
      edges: {
        node: {
          id: string;
          tag: string;
          workOrders: { number: string }[];
          maintenanceHistory: { number: string; resolutionCode: string | null }[];
        };
      }[];
    };
  };

  async function countStatements(first: number) {
    statements = {};
    const answer = await ask<Page>(page, { first });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.assets.edges).toHaveLength(first);
    return { counts: { ...statements }, answer };
  }

  it('costs the same SQL statements for a page of 50 assets and of 100', async () => {
    await countStatements(50); // warm-up: connections and the session check
    const fifty = await countStatements(50);
    const hundred = await countStatements(100);
    expect(hundred.counts).toEqual(fifty.counts);
    // One statement per field over all assets, plus one for the services they name.
    expect(fifty.counts.requests).toBe(3);

    const nodes = fifty.answer.data!.assets.edges.map((edge) => edge.node);
    const ids = nodes.map((node) => node.id);
    const all = await workBySql(ids, false);
    const history = await workBySql(ids, true);
    for (const node of nodes) {
      expect(node.workOrders.map((w) => w.number)).toEqual(
        all
          .get(node.id)!
          .slice(0, 3)
          .map((w) => w.number),
      );
      expect(node.maintenanceHistory).toEqual(
        history
          .get(node.id)!
          .slice(0, 2)
          .map((w) => ({ number: w.number, resolutionCode: w.resolution_code })),
      );
    }
    // The control: some of the 50 assets do have work.
    expect(nodes.filter((node) => node.workOrders.length > 0).length).toBeGreaterThan(0);
  });

  it('refuses first below 0 or above 100, and answers first: 0 with nothing', async () => {
    const [asset] = await sqlRows<{ tag: string }>(
      `select a.tag from assets.assets a
       where exists (select 1 from requests.work_orders w where w.asset_id = a.id) limit 1`,
    );
    for (const field of ['workOrders', 'maintenanceHistory']) {
      for (const first of [-1, 101, -2_147_483_648, 2_147_483_647]) {
        const answer = await ask(
          `query A($tag: String!, $first: Int!) {
          asset(tag: $tag) { ${field}(first: $first) { number } } }`,
          { tag: asset!.tag, first },
        );
        // A huge `first` may already be refused by the gateway's cost limit.
        expect(codes(answer)).toHaveLength(1);
        expect(['BAD_USER_INPUT', 'MAX_COST_EXCEEDED']).toContain(codes(answer)[0]);
        if (Math.abs(first) < 1000) expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
      }
      const none = await ask<{ asset: Record<string, unknown[]> }>(
        `query A($tag: String!) { asset(tag: $tag) { ${field}(first: 0) { number } } }`,
        { tag: asset!.tag },
      );
      expect(none.errors).toBeUndefined();
      expect(none.data!.asset[field]).toEqual([]);
    }
  });

  it('is null for a partner that reads assets but not work orders; refused to anonymous', async () => {
    const document = `query A($tag: String!) {
      asset(tag: $tag) { tag workOrders { number } maintenanceHistory { number } } }`;
    const [asset] = await sqlRows<{ tag: string }>(
      `select a.tag from assets.assets a
       where exists (select 1 from requests.work_orders w where w.asset_id = a.id) limit 1`,
    );
    const partner = await ask<{ asset: Record<string, unknown> }>(
      document,
      { tag: asset!.tag },
      catalogPartner,
    );
    expect(partner.data?.asset).toEqual({
      tag: asset!.tag,
      workOrders: null,
      maintenanceHistory: null,
    });
    expect(new Set(codes(partner))).toEqual(new Set(['FORBIDDEN']));
    // A partner without catalog:read reads no asset at all; nor does anonymous.
    for (const headers of [requestsPartner, {}]) {
      const answer = await ask<{ asset: unknown }>(document, { tag: asset!.tag }, headers);
      expect(answer.data?.asset ?? null).toBeNull();
      expect(codes(answer).length).toBeGreaterThan(0);
      for (const code of codes(answer)) expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(code);
    }
  });
});

/** earthdistance's sphere: `earth()` is 6,378,168 m. */
const EARTH_RADIUS_M = 6_378_168;

/** Great-circle distance in metres (haversine), the brute-force reference. */
function haversineMeters(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

interface AssetPoint extends Record<string, unknown> {
  tag: string;
  code: string;
  lon: number;
  lat: number;
}

describe('ServiceRequest.nearbyAssets', () => {
  let assets: AssetPoint[];
  let codesOfTypes: string[];

  beforeAll(async () => {
    assets = await sqlRows<AssetPoint>(
      `select a.tag, t.code, a.lon, a.lat from assets.assets a
       join assets.asset_types t on t.id = a.asset_type_id`,
    );
    codesOfTypes = [...new Set(assets.map((asset) => asset.code))].sort();
  });

  /**
   * The tags within `meters` of the point, nearest first (ties by tag), at most 50, by
   * brute force; null when an asset lies so close to the radius, or two so close to
   * each other, that rounding could decide the answer.
   */
  function expectedNear(
    point: { lon: number; lat: number },
    meters: number,
    types: string[] | null,
  ): string[] | null {
    const measured = assets
      .filter((asset) => types == null || types.includes(asset.code))
      .map((asset) => ({
        tag: asset.tag,
        distance: haversineMeters(point.lon, point.lat, asset.lon, asset.lat),
      }));
    if (measured.some((asset) => Math.abs(asset.distance - meters) < 0.01)) return null;
    const inside = measured
      .filter((asset) => asset.distance <= meters)
      .sort((a, b) => a.distance - b.distance || (a.tag < b.tag ? -1 : 1));
    for (let i = 1; i < inside.length; i++) {
      const tie = inside[i]!.distance - inside[i - 1]!.distance < 0.001;
      if (tie && inside[i]!.distance !== inside[i - 1]!.distance) return null;
    }
    return inside.slice(0, 50).map((asset) => asset.tag);
  }

  const page = `
    query Requests($first: Int!, $types: [String!], $meters: Float) {
      serviceRequests(first: $first) {
        edges { node {
          id location { lon lat }
          nearbyAssets(types: $types, meters: $meters) { tag assetType { code } }
        } }
      }
    }
  `;
  type Page = {
    serviceRequests: {
      edges: {
        node: {
          id: string;
          location: { lon: number; lat: number };
          nearbyAssets: { tag: string; assetType: { code: string } }[];
        };
      }[];
    };
  };

  it('finds the assets around each request, nearest first, as brute force does', async () => {
    for (const [types, meters] of [
      [null, 300],
      [codesOfTypes.slice(0, 2), 1_000],
      [null, 100],
    ] as const) {
      const answer = await ask<Page>(page, { first: 50, types, meters });
      expect(answer.errors).toBeUndefined();
      let compared = 0;
      let found = 0;
      for (const { node } of answer.data!.serviceRequests.edges) {
        const expected = expectedNear(node.location, meters, types ? [...types] : null);
        if (expected === null) continue;
        expect(node.nearbyAssets.map((asset) => asset.tag)).toEqual(expected);
        if (types) {
          for (const asset of node.nearbyAssets) expect(types).toContain(asset.assetType.code);
        }
        compared++;
        found += expected.length;
      }
      // The controls: nearly every request was compared, and assets were found.
      expect(compared).toBeGreaterThan(45);
      expect(found).toBeGreaterThan(0);
    }
  });

  it('answers serviceRequest(id:) with the assets of the types asked for', async () => {
    const [request] = await sqlRows<{ id: string; lon: number; lat: number }>(
      'select id::text, lon, lat from requests.service_requests order by number limit 1',
    );
    const types = codesOfTypes;
    type Near = { tag: string; version: number; installedOn: string; distanceMeters: number };
    const answer = await ask<{ serviceRequest: { nearbyAssets: Near[] } }>(
      `query R($id: ID!, $types: [String!]) {
        serviceRequest(id: $id) {
          nearbyAssets(types: $types, meters: 1000) {
            tag version installedOn distanceMeters condition { score }
          }
        } }`,
      { id: request!.id, types },
    );
    expect(answer.errors).toBeUndefined();
    const near = answer.data!.serviceRequest.nearbyAssets;
    expect(near.map((asset) => asset.tag)).toEqual(expectedNear(request!, 1_000, types));
    // The same asset as everywhere else: every field of the type, not a subset.
    // Each carries its distance from the request, nearest first.
    const distances = near.map((asset) => asset.distanceMeters);
    expect(distances).toEqual([...distances].sort((x, y) => x - y));
    for (const distance of distances) expect(distance).toBeLessThanOrEqual(1_000);
    for (const asset of near) {
      expect(asset.version).toBeGreaterThanOrEqual(1);
      expect(asset.installedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('costs the same SQL statements for a page of 10 requests and of 50', async () => {
    const count = async (first: number) => {
      statements = {};
      const answer = await ask<Page>(page, { first, meters: 500 });
      expect(answer.errors).toBeUndefined();
      return { ...statements };
    };
    await count(10); // warm-up
    const ten = await count(10);
    const fifty = await count(50);
    expect(fifty).toEqual(ten);
    expect(ten.assets).toBeLessThanOrEqual(2); // the search, the asset types
  });

  it('refuses a radius below 0 or above 1,000 m; unknown types find nothing', async () => {
    const one = `query R($meters: Float, $types: [String!]) {
      serviceRequests(first: 3) { edges { node { nearbyAssets(types: $types, meters: $meters) { tag } } } } }`;
    for (const meters of [-1, -0.001, 1_000.001, 1e308]) {
      const answer = await ask(one, { meters });
      expect(new Set(codes(answer))).toEqual(new Set(['BAD_USER_INPUT']));
    }
    const tooMany = await ask(one, { types: Array.from({ length: 101 }, (_, i) => `T${i}`) });
    expect(new Set(codes(tooMany))).toEqual(new Set(['BAD_USER_INPUT']));
    for (const variables of [
      { types: ['NO_SUCH_TYPE', "'; drop table assets; --"] },
      { types: [] },
      { meters: 0, types: ['NO_SUCH_TYPE'] },
    ]) {
      const answer = await ask<Page>(one, variables);
      expect(answer.errors).toBeUndefined();
      for (const { node } of answer.data!.serviceRequests.edges) {
        expect(node.nearbyAssets).toEqual([]);
      }
    }
    // A radius of 0 finds only assets exactly at the point, without failing.
    const zero = await ask(one, { meters: 0 });
    expect(zero.errors).toBeUndefined();
  });

  it('is null for a partner that reads requests but not assets; refused to anonymous', async () => {
    const [request] = await sqlRows<{ id: string }>(
      'select id::text from requests.service_requests order by number limit 1',
    );
    const document = `query R($id: ID!) {
      serviceRequest(id: $id) { id nearbyAssets(meters: 1000) { tag } } }`;
    const partner = await ask<{ serviceRequest: unknown }>(
      document,
      { id: request!.id },
      requestsPartner,
    );
    expect(partner.data?.serviceRequest).toEqual({ id: request!.id, nearbyAssets: null });
    expect(codes(partner)).toEqual(['FORBIDDEN']);
    for (const headers of [catalogPartner, {}]) {
      const answer = await ask<{ serviceRequest: unknown }>(document, { id: request!.id }, headers);
      expect(answer.data?.serviceRequest ?? null).toBeNull();
      expect(codes(answer).length).toBeGreaterThan(0);
      for (const code of codes(answer)) expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(code);
    }
  });
});
