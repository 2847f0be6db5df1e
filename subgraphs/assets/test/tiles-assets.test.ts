import type { AssetSeed } from '@civicgraph/demo-city';
import {
  ANONYMOUS,
  INDIVIDUAL_FEATURES_MIN_ZOOM,
  MAX_INDIVIDUAL_FEATURES,
  projectToTile,
} from '@civicgraph/platform';
import {
  type DecodedFeature,
  decodeTile,
  partnerCaller,
  staffCaller,
} from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAssetInspection, updateAsset } from '../src/upkeep/asset-commands';
import { type AssetsHarness, startAssetsHarness } from './harness';
import { getAs, tileAt, tilePath, tilesCovering } from './tile-client';

const dispatcher = staffCaller('DISPATCHER');
const supervisor = staffCaller('SUPERVISOR');

let h: AssetsHarness;
let cityBox: { west: number; south: number; east: number; north: number };
let typeCodeOf: Map<string, string>;

beforeAll(async () => {
  h = await startAssetsHarness();
  const [west, south, east, north] = h.city.profile.bbox;
  cityBox = { west, south, east, north };
  typeCodeOf = new Map(h.city.assetTypes.map((t) => [t.id, t.code]));
});

afterAll(async () => {
  await h?.close();
});

const get = (path: string, caller = dispatcher, headers: Record<string, string> = {}) =>
  getAs(h.running.url, caller, path, headers);

async function features(path: string, caller = dispatcher): Promise<DecodedFeature[]> {
  const answer = await get(path, caller);
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  expect(answer.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
  const layers = decodeTile(answer.bytes);
  expect(Object.keys(layers).every((name) => name === 'assets')).toBe(true);
  return layers.assets ?? [];
}

/** Sums of the aggregates over every tile of the city at zoom `z`. */
async function gridTotals(z: number, query = '') {
  const totals = { count: 0, outOfServiceCount: 0, poorConditionCount: 0, cells: 0 };
  // A margin of tiles around the box: assets beyond it would be counted too.
  const margin = 0.05;
  const tiles = tilesCovering(z, {
    west: cityBox.west - margin,
    south: cityBox.south - margin,
    east: cityBox.east + margin,
    north: cityBox.north + margin,
  });
  for (const tile of tiles) {
    for (const feature of await features(tilePath('assets', tile, query))) {
      expect(feature.type).toBe('Point');
      expect(feature.properties.cluster).toBe(true);
      totals.count += feature.properties.count as number;
      totals.outOfServiceCount += feature.properties.outOfServiceCount as number;
      totals.poorConditionCount += feature.properties.poorConditionCount as number;
      totals.cells += 1;
    }
  }
  return totals;
}

const inUse = (asset: AssetSeed) => asset.status !== 'RETIRED';

describe('assets tiles below street level: a grid of counts', () => {
  it.each([10, 13])('sums, over every city tile at z%i, to the filtered total', async (z) => {
    const expected = h.assets.filter(inUse);
    const totals = await gridTotals(z);
    expect(totals.count).toBe(expected.length);
    expect(totals.outOfServiceCount).toBe(
      expected.filter((a) => a.status === 'OUT_OF_SERVICE').length,
    );
    // Cells hold several assets at city zoom: it is a grid, not the points.
    expect(totals.cells).toBeLessThan(expected.length);
  });

  it.each([10, 13])(
    'sums to the total of a type filter (and of retired ones when asked) at z%i',
    async (z) => {
      const hydrants = h.assets.filter((a) => typeCodeOf.get(a.assetTypeId) === 'HYDRANT');
      expect((await gridTotals(z, '?type=HYDRANT')).count).toBe(hydrants.filter(inUse).length);
      const all = await gridTotals(
        z,
        '?type=HYDRANT,ROAD_SEGMENT&status=ACTIVE,OUT_OF_SERVICE,RETIRED',
      );
      expect(all.count).toBe(
        h.assets.filter((a) => ['HYDRANT', 'ROAD_SEGMENT'].includes(typeCodeOf.get(a.assetTypeId)!))
          .length,
      );
      expect((await gridTotals(z, '?type=NO_SUCH_TYPE')).count).toBe(0);
    },
  );

  it('filters by district', async () => {
    const inDistricts = h.assets.filter((a) => inUse(a) && (a.district === 1 || a.district === 3));
    expect(inDistricts.length).toBeGreaterThan(0);
    expect((await gridTotals(10, '?district=3,1')).count).toBe(inDistricts.length);
  });
});

describe('assets tiles at street level: each asset', () => {
  const z = 16;

  function pickPoint() {
    const asset = h.assets.find((a) => a.line === null && a.status === 'ACTIVE' && a.district);
    if (!asset) throw new Error('the demo city has no active point asset in a district');
    return asset;
  }

  it('draws a point asset with exactly the contract properties, where it is', async () => {
    const asset = pickPoint();
    const tile = tileAt(z, asset.lon, asset.lat);
    const drawn = (await features(tilePath('assets', tile))).find(
      (f) => f.properties.id === asset.id,
    );
    expect(drawn).toEqual({
      type: 'Point',
      properties: {
        id: asset.id,
        tag: asset.tag,
        type: typeCodeOf.get(asset.assetTypeId),
        status: 'ACTIVE',
        district: asset.district,
      },
      geometry: [[expect.objectContaining({})]],
    });
    const [x, y] = projectToTile(tile, asset.lon, asset.lat);
    expect(drawn?.geometry).toEqual([[{ x, y }]]);
  });

  it('carries the condition score once the asset is inspected', async () => {
    const asset = pickPoint();
    const current = await h.db
      .selectFrom('assets')
      .select('version')
      .where('id', '=', asset.id)
      .executeTakeFirstOrThrow();
    await recordAssetInspection(
      { db: h.db, caller: supervisor },
      { id: asset.id, expectedVersion: current.version },
      { score: 2, inspectedOn: '2026-11-01', note: null },
    );
    const tile = tileAt(z, asset.lon, asset.lat);
    const drawn = (await features(tilePath('assets', tile))).find(
      (f) => f.properties.id === asset.id,
    );
    expect(drawn?.properties.conditionScore).toBe(2);
    expect((await gridTotals(10)).poorConditionCount).toBe(1);
  });

  it('draws a road segment as a LineString, also in a tile its midpoint is not in', async () => {
    const segment = h.assets.find((a) => a.line !== null && a.status === 'ACTIVE');
    if (!segment?.line) throw new Error('the demo city has no active road segment');
    const tile = tileAt(z, segment.lon, segment.lat);
    const drawn = (await features(tilePath('assets', tile))).find(
      (f) => f.properties.id === segment.id,
    );
    expect(drawn?.type).toBe('LineString');
    expect(drawn?.properties).toMatchObject({ tag: segment.tag, type: 'ROAD_SEGMENT' });
    const ends = segment.line.coordinates.map(([lon, lat]) => {
      const [x, y] = projectToTile(tile, lon as number, lat as number);
      return { x, y };
    });
    expect(drawn?.geometry).toEqual([ends]);

    // Deep enough that the segment's end lies in another tile than its midpoint.
    const [endLon, endLat] = segment.line.coordinates[0] as [number, number];
    const endTile = tileAt(19, endLon, endLat);
    expect(endTile).not.toEqual(tileAt(19, segment.lon, segment.lat));
    const atEnd = (await features(tilePath('assets', endTile))).find(
      (f) => f.properties.id === segment.id,
    );
    expect(atEnd?.type).toBe('LineString');
  });

  it('sends individual assets from the individual-features zoom on', async () => {
    const asset = pickPoint();
    const below = await features(
      tilePath('assets', tileAt(INDIVIDUAL_FEATURES_MIN_ZOOM - 1, asset.lon, asset.lat)),
    );
    expect(below.every((f) => f.properties.cluster === true)).toBe(true);
    const at = await features(
      tilePath('assets', tileAt(INDIVIDUAL_FEATURES_MIN_ZOOM, asset.lon, asset.lat)),
    );
    expect(at.some((f) => f.properties.id === asset.id)).toBe(true);
    expect(at.every((f) => f.properties.cluster === undefined)).toBe(true);
  });
});

describe('assets tiles outside the city', () => {
  it('are empty, valid tiles, answered without a query', async () => {
    await get(tilePath('assets', tileAt(10, cityBox.west, cityBox.south)));
    h.resetStatements();
    for (const tile of [{ z: 10, x: 0, y: 0 }, tileAt(12, cityBox.east + 1, cityBox.north)]) {
      const answer = await get(tilePath('assets', tile));
      expect(answer.status).toBe(200);
      expect(answer.bytes.length).toBe(0);
      expect(decodeTile(answer.bytes)).toEqual({});
    }
    expect(h.statements).toEqual([]);
  });
});

describe('who may read assets tiles', () => {
  const path = () =>
    tilePath(
      'assets',
      tileAt(12, (cityBox.west + cityBox.east) / 2, (cityBox.south + cityBox.north) / 2),
    );

  it('refuses the anonymous (401) and a partner without catalog:read (403), as JSON', async () => {
    const anonymous = await get(path(), ANONYMOUS);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json).toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED', permission: 'assets.read' } }],
    });
    const partner = await get(path(), partnerCaller(['requests:read']));
    expect(partner.status).toBe(403);
    expect(partner.json).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });

  it('serves staff and a partner with catalog:read, privately', async () => {
    for (const caller of [partnerCaller(['catalog:read']), staffCaller('ANALYST')]) {
      const answer = await get(path(), caller);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('private, max-age=60, must-revalidate');
    }
  });
});

describe('assets tiles ETags', () => {
  it('answers 304 to a current copy and changes when an asset changes', async () => {
    const asset = h.assets.find((a) => a.status === 'ACTIVE' && a.line === null) as AssetSeed;
    const path = tilePath('assets', tileAt(13, asset.lon, asset.lat));
    const first = await get(path);
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get(path, dispatcher, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    // Another filter is another tile.
    expect((await get(`${path}?type=HYDRANT`)).headers.get('etag')).not.toBe(etag);

    const { version } = await h.db
      .selectFrom('assets')
      .select('version')
      .where('id', '=', asset.id)
      .executeTakeFirstOrThrow();
    await updateAsset(
      { db: h.db, caller: supervisor },
      { id: asset.id, expectedVersion: version },
      { status: 'OUT_OF_SERVICE' },
      'knocked down',
    );
    const after = await get(path, dispatcher, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const outOfService = decodeTile(after.bytes).assets?.reduce(
      (sum, f) => sum + (f.properties.outOfServiceCount as number),
      0,
    );
    const before = decodeTile(first.bytes).assets?.reduce(
      (sum, f) => sum + (f.properties.outOfServiceCount as number),
      0,
    );
    expect(outOfService).toBe((before ?? 0) + 1);
  });
});

describe('hostile assets tile requests', () => {
  it.each([
    ['/tiles/assets/23/0/0.mvt', 'z'],
    ['/tiles/assets/10/1024/0.mvt', 'x'],
    ['/tiles/assets/10/0/1024.mvt', 'y'],
    ['/tiles/assets/10/0/abc.mvt', 'y'],
    ['/tiles/assets/-1/0/0.mvt', 'z'],
    ['/tiles/assets/1.5/0/0.mvt', 'z'],
    ['/tiles/assets/10/0/0.png', 'y'],
    ['/tiles/assets/10/0/0.mvt?type=no%20such%3Btype', 'type'],
    ['/tiles/assets/10/0/0.mvt?status=BROKEN', 'status'],
    ['/tiles/assets/10/0/0.mvt?district=one', 'district'],
    ['/tiles/assets/10/0/0.mvt?district=-1', 'district'],
  ])('%s is a 400 naming %s', async (path, argument) => {
    const answer = await get(path);
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({
      errors: [{ extensions: { code: 'BAD_REQUEST', argument } }],
    });
  });
});

describe('a street-level tile with more assets than a tile may carry', () => {
  it('falls back to the grid, still counting every asset', async () => {
    const [west, south, east, north] = h.city.profile.bbox;
    const lon = west + (east - west) * 0.37;
    const lat = south + (north - south) * 0.41;
    const type = h.city.assetTypes.find((t) => t.code === 'STREETLIGHT');
    const crowd = Array.from({ length: MAX_INDIVIDUAL_FEATURES + 1 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      assetTypeId: type?.id as string,
      tag: `CROWD-${i}`,
      status: 'ACTIVE' as const,
      lon: lon + (i % 50) * 1e-6,
      lat: lat + Math.floor(i / 50) * 1e-6,
      line: null,
      streetName: 'Crowded Way',
      district: null,
      installedOn: '2020-01-01',
    }));
    for (let i = 0; i < crowd.length; i += 500) {
      await h.db
        .insertInto('assets')
        .values(crowd.slice(i, i + 500))
        .execute();
    }
    const tile = tileAt(16, lon, lat);
    const drawn = await features(tilePath('assets', tile));
    expect(drawn.every((f) => f.properties.cluster === true)).toBe(true);
    const seeded = h.assets.filter((a) => {
      const at = tileAt(16, a.lon, a.lat);
      return inUse(a) && at.x === tile.x && at.y === tile.y;
    }).length;
    const counted = drawn.reduce((sum, f) => sum + (f.properties.count as number), 0);
    expect(counted).toBe(seeded + crowd.length);
    // A filter that leaves few enough is drawn one by one again.
    const hydrants = await features(tilePath('assets', tile, '?type=HYDRANT'));
    expect(hydrants.every((f) => f.properties.cluster === undefined)).toBe(true);
  });
});
