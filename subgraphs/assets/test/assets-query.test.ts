import { errorCodes } from '@civicgraph/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AssetsHarness, startAssetsHarness } from './harness';

let h: AssetsHarness;

beforeAll(async () => {
  h = await startAssetsHarness();
});

afterAll(async () => {
  await h?.close();
});

interface AssetNode {
  id: string;
  tag: string;
  status: string;
  district: number | null;
  streetName: string;
  installedOn: string;
  location: { lon: number; lat: number };
  line: Array<{ lon: number; lat: number }> | null;
  assetType: { code: string; geometryKind: string };
}

interface AssetsPage {
  assets: {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string;
      endCursor: string;
    };
    edges: Array<{ cursor: string; node: AssetNode }>;
  };
}

const ASSETS = /* GraphQL */ `
  query Assets($filter: AssetFilter, $first: Int, $after: String, $last: Int, $before: String) {
    assets(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id tag status district streetName installedOn
          location { lon lat }
          line { lon lat }
          assetType { code geometryKind }
        }
      }
    }
  }
`;

function typeCodeOf(assetTypeId: string) {
  return h.city.assetTypes.find((t) => t.id === assetTypeId)!.code;
}

describe('asset types', () => {
  it('lists every type with its asset count and both names', async () => {
    const result = await h.query<{
      assetTypes: Array<{
        id: string;
        code: string;
        en: string;
        es: string;
        geometryKind: string;
        assetCount: number;
      }>;
    }>(`{ assetTypes { id code en: name es: name(locale: ES) geometryKind assetCount } }`);
    expect(result.errors).toBeUndefined();
    const types = result.data!.assetTypes;
    expect(types.map((t) => t.code).sort()).toEqual(h.city.assetTypes.map((t) => t.code).sort());
    for (const type of types) {
      const seed = h.city.assetTypes.find((t) => t.id === type.id)!;
      expect(type).toMatchObject({
        en: seed.name.en,
        es: seed.name.es,
        geometryKind: seed.geometry,
      });
      expect(type.assetCount).toBe(h.assets.filter((a) => a.assetTypeId === type.id).length);
    }
    expect(types.reduce((sum, t) => sum + t.assetCount, 0)).toBe(500);
  });

  it('batches the asset counts of all types into one statement', async () => {
    h.resetStatements();
    await h.query(`{ assetTypes { assetCount } }`);
    expect(h.statements.filter((s) => /count\(\*\)/i.test(s))).toHaveLength(1);
    expect(h.statements).toHaveLength(2);
  });

  it('finds a type by code or id, in Spanish on request', async () => {
    const streetlight = h.city.assetTypes.find((t) => t.code === 'STREETLIGHT')!;
    const byCode = await h.query<{ assetType: { id: string; name: string } }>(
      `{ assetType(code: "STREETLIGHT") { id name(locale: ES) } }`,
    );
    expect(byCode.data?.assetType).toEqual({ id: streetlight.id, name: streetlight.name.es });
    const byId = await h.query<{ assetType: { code: string } }>(
      `query ($id: ID) { assetType(id: $id) { code } }`,
      { id: streetlight.id },
    );
    expect(byId.data?.assetType.code).toBe('STREETLIGHT');
    const missing = await h.query(`{ assetType(code: "NO_SUCH_TYPE") { id } }`);
    expect(missing.data).toEqual({ assetType: null });
  });
});

describe('asset lookups', () => {
  it('returns a point asset by tag with its seeded values', async () => {
    const seed = h.assets.find((a) => a.line === null)!;
    const result = await h.query<{ asset: AssetNode }>(
      `query ($tag: String) { asset(tag: $tag) {
        id tag status district streetName installedOn location { lon lat } line { lon lat }
        assetType { code geometryKind } } }`,
      { tag: seed.tag },
    );
    expect(result.data?.asset).toEqual({
      id: seed.id,
      tag: seed.tag,
      status: seed.status,
      district: seed.district,
      streetName: seed.streetName,
      installedOn: seed.installedOn,
      location: { lon: seed.lon, lat: seed.lat },
      line: null,
      assetType: { code: typeCodeOf(seed.assetTypeId), geometryKind: 'POINT' },
    });
    expect(result.data?.asset.installedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('returns a road segment by id with its whole line', async () => {
    const seed = h.assets.find((a) => a.line !== null)!;
    const result = await h.query<{ asset: AssetNode }>(
      `query ($id: ID) { asset(id: $id) { tag line { lon lat } assetType { geometryKind } } }`,
      { id: seed.id },
    );
    expect(result.data?.asset.tag).toBe(seed.tag);
    expect(result.data?.asset.assetType.geometryKind).toBe('LINE');
    expect(result.data?.asset.line).toEqual(
      seed.line!.coordinates.map(([lon, lat]) => ({ lon, lat })),
    );
    expect(result.data?.asset.line?.length).toBeGreaterThanOrEqual(2);
  });

  it('answers null for an unknown tag or id', async () => {
    const result = await h.query(
      `{ a: asset(tag: "NOPE-1") { id } b: asset(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ a: null, b: null });
  });
});

describe('the assets connection', () => {
  it('serves 50 assets a page by default, in tag order', async () => {
    const result = await h.query<AssetsPage>(ASSETS);
    const { edges, pageInfo, totalCount } = result.data!.assets;
    expect(totalCount).toBe(500);
    expect(edges).toHaveLength(50);
    expect(pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const { rows } = await sql<{
      tag: string;
    }>`select tag from assets order by tag limit 50`.execute(h.db);
    expect(edges.map((e) => e.node.tag)).toEqual(rows.map((r) => r.tag));
  });

  it('filters by type, status and district, with a matching totalCount', async () => {
    const filter = { typeCode: 'STREETLIGHT', status: 'ACTIVE', district: 1 };
    const result = await h.query<AssetsPage>(ASSETS, { filter, first: 500 });
    const { edges, totalCount } = result.data!.assets;
    const expected = h.assets.filter(
      (a) =>
        typeCodeOf(a.assetTypeId) === 'STREETLIGHT' && a.status === 'ACTIVE' && a.district === 1,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(totalCount).toBe(expected.length);
    expect(edges.map((e) => e.node.id).sort()).toEqual(expected.map((a) => a.id).sort());
    for (const { node } of edges) {
      expect(node).toMatchObject({
        status: 'ACTIVE',
        district: 1,
        assetType: { code: 'STREETLIGHT' },
      });
    }
    const { rows } = await sql<{ count: number }>`
      select count(*) as count from assets a join asset_types t on t.id = a.asset_type_id
      where t.code = 'STREETLIGHT' and a.status = 'ACTIVE' and a.district = 1`.execute(h.db);
    expect(totalCount).toBe(rows[0]!.count);
  });

  it('filters by street name whatever its case', async () => {
    const street = h.assets[0]!.streetName;
    const result = await h.query<AssetsPage>(ASSETS, {
      filter: { streetName: street.toUpperCase() },
      first: 500,
    });
    const expected = h.assets.filter((a) => a.streetName === street);
    expect(result.data!.assets.totalCount).toBe(expected.length);
    expect(result.data!.assets.edges.every((e) => e.node.streetName === street)).toBe(true);
  });

  it('returns only points inside a bbox', async () => {
    const bbox = { west: -112.1, south: 33.4, east: -112.0, north: 33.55 };
    const result = await h.query<AssetsPage>(ASSETS, { filter: { bbox }, first: 500 });
    const { edges, totalCount } = result.data!.assets;
    const inside = h.assets.filter(
      (a) => a.lon >= bbox.west && a.lon <= bbox.east && a.lat >= bbox.south && a.lat <= bbox.north,
    );
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.length).toBeLessThan(500);
    expect(totalCount).toBe(inside.length);
    expect(edges.map((e) => e.node.id).sort()).toEqual(inside.map((a) => a.id).sort());
  });

  it('walks every page forward with no gaps or duplicates', async () => {
    const filter = { typeCode: 'STREETLIGHT' };
    const tags: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const result = await h.query<AssetsPage>(ASSETS, { filter, first: 37, after });
      const { edges, pageInfo, totalCount } = result.data!.assets;
      expect(totalCount).toBe(
        h.assets.filter((a) => typeCodeOf(a.assetTypeId) === 'STREETLIGHT').length,
      );
      expect(pageInfo.hasPreviousPage).toBe(after !== undefined);
      tags.push(...edges.map((e) => e.node.tag));
      if (!pageInfo.hasNextPage) break;
      expect(edges).toHaveLength(37);
      after = pageInfo.endCursor;
    }
    const { rows } = await sql<{ tag: string }>`
      select a.tag from assets a join asset_types t on t.id = a.asset_type_id
      where t.code = 'STREETLIGHT' order by a.tag`.execute(h.db);
    expect(tags).toEqual(rows.map((r) => r.tag));
    expect(new Set(tags).size).toBe(tags.length);
  });

  it('walks every page backward with last/before', async () => {
    const tags: string[] = [];
    let before: string | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const result = await h.query<AssetsPage>(ASSETS, { last: 120, before });
      const { edges, pageInfo } = result.data!.assets;
      tags.unshift(...edges.map((e) => e.node.tag));
      if (!pageInfo.hasPreviousPage) break;
      before = pageInfo.startCursor;
    }
    const { rows } = await sql<{ tag: string }>`select tag from assets order by tag`.execute(h.db);
    expect(tags).toEqual(rows.map((r) => r.tag));
  });
});

describe('bad input', () => {
  const cases: Array<[string, string, Record<string, unknown>?]> = [
    ['a cursor this list never returned', ASSETS, { after: 'not-a-cursor' }],
    ['a cursor of another shape', ASSETS, { after: Buffer.from('[1,2]').toString('base64url') }],
    [
      'a cursor holding NUL',
      ASSETS,
      { after: Buffer.from(JSON.stringify(['STL-\u0000'])).toString('base64url') },
    ],
    [
      'a cursor longer than any tag',
      ASSETS,
      { after: Buffer.from(JSON.stringify(['x'.repeat(300)])).toString('base64url') },
    ],
    ['first above 500', ASSETS, { first: 501 }],
    ['a negative last', ASSETS, { last: -1 }],
    [
      'a bbox with west east of east',
      ASSETS,
      { filter: { bbox: { west: -112, south: 33.4, east: -112.1, north: 33.5 } } },
    ],
    [
      'a bbox with south north of north',
      ASSETS,
      { filter: { bbox: { west: -112.1, south: 33.6, east: -112, north: 33.5 } } },
    ],
    [
      'a bbox beyond the poles',
      ASSETS,
      { filter: { bbox: { west: -112.1, south: 33.4, east: -112, north: 91 } } },
    ],
    [
      'a bbox beyond the antimeridian',
      ASSETS,
      { filter: { bbox: { west: -181, south: 33.4, east: -112, north: 33.5 } } },
    ],
    ['a malformed asset id', `{ asset(id: "42") { id } }`],
    ['a malformed asset type id', `{ assetType(id: "not-a-uuid") { id } }`],
    [
      'both id and tag',
      `{ asset(id: "00000000-0000-4000-8000-000000000000", tag: "STL-000001") { id } }`,
    ],
    ['neither id nor code', `{ assetType { id } }`],
  ];

  it.each(cases)('answers BAD_USER_INPUT to %s', async (_name, query, variables) => {
    const result = await h.query(query, variables);
    expect(result.status).toBeLessThan(500);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });
});
