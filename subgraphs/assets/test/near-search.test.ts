import { errorCodes } from '@civicgraph/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AssetsHarness, startAssetsHarness } from './harness';

// `assets(filter: { near })` on the demo city; near-search.property.test.ts compares
// it with a brute-force reference on random data.

let h: AssetsHarness;

beforeAll(async () => {
  h = await startAssetsHarness();
});

afterAll(async () => {
  await h?.close();
});

interface NearPage {
  assets: {
    totalCount: number;
    pageInfo: { hasPreviousPage: boolean; startCursor: string; endCursor: string };
    edges: Array<{ node: { id: string; tag: string; distanceMeters: number | null } }>;
  };
}

const ASSETS = /* GraphQL */ `
  query Assets($filter: AssetFilter, $first: Int, $after: String, $last: Int, $before: String) {
    assets(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasPreviousPage startCursor endCursor }
      edges { node { id tag distanceMeters } }
    }
  }
`;

// The centre of the demo city's bbox (see assets-query.test.ts), 3 km around it.
const near = { lon: -112.07, lat: 33.45, meters: 3_000 };

async function page(variables: Record<string, unknown>) {
  const result = await h.query<NearPage>(ASSETS, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.assets;
}

describe('assets near a point', () => {
  it('lists assets within the radius nearest first, each with its distance', async () => {
    const { edges, totalCount } = await page({ filter: { near }, first: 500 });
    expect(totalCount).toBeGreaterThan(1);
    expect(totalCount).toBeLessThan(h.assets.length);
    expect(edges).toHaveLength(totalCount);
    const distances = edges.map((e) => e.node.distanceMeters!);
    expect(distances.every((d) => d >= 0 && d <= near.meters)).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('combines with the other filters', async () => {
    const filter = { near: { ...near, meters: 10_000 }, typeCode: 'STREETLIGHT', status: 'ACTIVE' };
    const { edges, totalCount } = await page({ filter, first: 500 });
    const { rows } = await sql<{ id: string }>`
      select a.id from assets a join asset_types t on t.id = a.asset_type_id
      where t.code = 'STREETLIGHT' and a.status = 'ACTIVE'
        and earth_distance(ll_to_earth(${near.lat}, ${near.lon}), ll_to_earth(a.lat, a.lon)) <= 10000
    `.execute(h.db);
    expect(totalCount).toBe(rows.length);
    expect(edges.map((e) => e.node.id).sort()).toEqual(rows.map((r) => r.id).sort());
  });

  it('pages backward with last/before in the same order as forward', async () => {
    const all = (await page({ filter: { near }, first: 500 })).edges.map((e) => e.node.tag);
    const tags: string[] = [];
    let before: string | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const { edges, pageInfo } = await page({ filter: { near }, last: 7, before });
      tags.unshift(...edges.map((e) => e.node.tag));
      if (!pageInfo.hasPreviousPage) break;
      before = pageInfo.startCursor;
    }
    expect(tags).toEqual(all);
  });

  it('gives no distance without near, nor to an asset read by tag', async () => {
    const { edges } = await page({ first: 3 });
    expect(edges.map((e) => e.node.distanceMeters)).toEqual([null, null, null]);
    const result = await h.query<{ asset: { distanceMeters: number | null } }>(
      `{ asset(tag: "${edges[0]!.node.tag}") { distanceMeters } }`,
    );
    expect(result.data!.asset.distanceMeters).toBeNull();
  });

  it('finds the circle through the GiST index on ll_to_earth', async () => {
    const plan = await h.db.transaction().execute(async (trx) => {
      // 500 rows fit a page or two: without this the planner rightly scans the table.
      await sql`set local enable_seqscan = off`.execute(trx);
      const { rows } = await sql<{ 'QUERY PLAN': string }>`
        explain select id from assets
        where earth_box(ll_to_earth(33.45, -112.07), 3000) @> ll_to_earth(lat, lon)`.execute(trx);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('assets_earth_location');
  });
});

describe('bad near input', () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['a radius of 0', { filter: { near: { ...near, meters: 0 } } }],
    ['a negative radius', { filter: { near: { ...near, meters: -5 } } }],
    ['a radius over 50 km', { filter: { near: { ...near, meters: 50_001 } } }],
    ['a longitude past 180', { filter: { near: { ...near, lon: 180.5 } } }],
    ['a latitude past the pole', { filter: { near: { ...near, lat: -90.01 } } }],
    ['a missing radius', { filter: { near: { lon: near.lon, lat: near.lat } } }],
  ];

  it.each(cases)('answers BAD_USER_INPUT to %s', async (_name, variables) => {
    const result = await h.query(ASSETS, variables);
    expect(result.status).toBeLessThan(500);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a cursor of a near list in a list by tag, and the other way round', async () => {
    const byDistance = await page({ filter: { near }, first: 2 });
    const byTag = await page({ first: 2 });
    const wrong = [
      await h.query(ASSETS, { first: 2, after: byDistance.pageInfo.endCursor }),
      await h.query(ASSETS, { filter: { near }, first: 2, after: byTag.pageInfo.endCursor }),
      await h.query(ASSETS, {
        filter: { near },
        after: Buffer.from(JSON.stringify(['STL-000001', '-1'])).toString('base64url'),
      }),
      await h.query(ASSETS, {
        filter: { near },
        after: Buffer.from(JSON.stringify(['STL-000001', 'NaN'])).toString('base64url'),
      }),
    ];
    expect(wrong.map(errorCodes)).toEqual(Array(4).fill(['BAD_USER_INPUT']));
  });
});
