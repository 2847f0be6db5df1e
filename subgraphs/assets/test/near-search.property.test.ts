import { randomUUID } from 'node:crypto';
import { type SeededSubgraph, startSeededSubgraph } from '@civicgraph/platform/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssetStatus } from '../src/db/asset.table';
import type { AssetsDatabase } from '../src/db/database';
import { assetsSubgraph } from '../src/index';

// The radius and bbox filters against a brute-force reference: random assets in a
// scratch database, random circles and boxes (alone and combined with the other
// filters), every page walked. Assets within a hair of a circle's or box's edge are
// left out of the comparison: the database and the reference may round them apart.

/** earthdistance's sphere: `select earth()`. */
const EARTH_RADIUS_M = 6_378_168;
const CENTRE = { lon: -112.07, lat: 33.45 };
const STATUSES: AssetStatus[] = ['ACTIVE', 'OUT_OF_SERVICE', 'RETIRED'];
const TYPES = [
  { id: randomUUID(), code: 'LIGHT' },
  { id: randomUUID(), code: 'HYDRANT' },
];

interface RandomAsset {
  id: string;
  tag: string;
  typeCode: string;
  status: AssetStatus;
  lon: number;
  lat: number;
}

/**
 * Uniform in [min, max]. fc.double draws evenly over the bit patterns of doubles (and
 * fast-check leans to small values unless told not to), so
 * most of its draws sit near zero: boxes and circles would be mostly empty.
 */
function uniform(min: number, max: number) {
  const steps = 2 ** 30;
  return fc.noBias(fc.integer({ min: 0, max: steps })).map((i) => min + ((max - min) * i) / steps);
}

function haversineMeters(lon1: number, lat1: number, lon2: number, lat2: number) {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** 600 assets around the centre, some on one shared spot so that distances tie. */
function randomAssets(): RandomAsset[] {
  const position = fc.record({
    lon: uniform(CENTRE.lon - 0.4, CENTRE.lon + 0.4),
    lat: uniform(CENTRE.lat - 0.3, CENTRE.lat + 0.3),
  });
  const asset = fc.record({
    at: fc.oneof({ weight: 9, arbitrary: position }, { weight: 1, arbitrary: fc.constant(CENTRE) }),
    type: fc.constantFrom(...TYPES),
    status: fc.constantFrom(...STATUSES),
  });
  return fc.sample(asset, { numRuns: 600, seed: 20261129 }).map((a, i) => ({
    id: randomUUID(),
    tag: `P-${String(i).padStart(5, '0')}`,
    typeCode: a.type.code,
    status: a.status,
    lon: a.at.lon,
    lat: a.at.lat,
  }));
}

const assets = randomAssets();
let h: SeededSubgraph<AssetsDatabase>;

beforeAll(async () => {
  h = await startSeededSubgraph(assetsSubgraph, async (db) => {
    await db
      .insertInto('assetTypes')
      .values(TYPES.map((t) => ({ ...t, nameEn: t.code, nameEs: t.code, geometryKind: 'POINT' })))
      .execute();
    await db
      .insertInto('assets')
      .values(
        assets.map((a) => ({
          id: a.id,
          assetTypeId: TYPES.find((t) => t.code === a.typeCode)!.id,
          tag: a.tag,
          status: a.status,
          lon: a.lon,
          lat: a.lat,
          line: null,
          streetName: 'N 1st St',
          district: null,
          installedOn: '2020-01-01',
        })),
      )
      .execute();
  });
});

afterAll(async () => {
  await h?.close();
});

interface Served {
  id: string;
  tag: string;
  distanceMeters: number | null;
}

const ASSETS = /* GraphQL */ `
  query Assets($filter: AssetFilter, $first: Int, $after: String) {
    assets(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id tag distanceMeters } }
    }
  }
`;

/** Every page of the list, in order, and the totalCount of the first page. */
async function walk(filter: Record<string, unknown>, pageSize: number) {
  const served: Served[] = [];
  let after: string | undefined;
  let totalCount = -1;
  for (let pages = 0; pages <= assets.length; pages++) {
    const result = await h.query<{
      assets: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: Served }>;
      };
    }>(ASSETS, { filter, first: pageSize, after });
    expect(result.errors).toBeUndefined();
    const page = result.data!.assets;
    if (totalCount < 0) totalCount = page.totalCount;
    served.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { served, totalCount };
}

interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}
interface Circle {
  lon: number;
  lat: number;
  meters: number;
}

/** Degrees (box) and metres (circle) within which a point counts as on the edge. */
const EDGE_DEGREES = 1e-9;
const edgeMeters = (meters: number) => 1e-6 * meters + 1e-3;

const inBox = (a: RandomAsset, b: Box) =>
  a.lon >= b.west && a.lon <= b.east && a.lat >= b.south && a.lat <= b.north;
const onBoxEdge = (a: RandomAsset, b: Box) =>
  [a.lon - b.west, a.lon - b.east, a.lat - b.south, a.lat - b.north].some(
    (d) => Math.abs(d) <= EDGE_DEGREES,
  );

const boxArb: fc.Arbitrary<Box> = fc
  .record({
    lon: uniform(CENTRE.lon - 0.5, CENTRE.lon + 0.5),
    lat: uniform(CENTRE.lat - 0.4, CENTRE.lat + 0.4),
    width: uniform(0, 0.6),
    height: uniform(0, 0.5),
  })
  .map(({ lon, lat, width, height }) => ({
    west: lon,
    south: lat,
    east: lon + width,
    north: lat + height,
  }));

const circleArb: fc.Arbitrary<Circle> = fc.record({
  lon: fc.oneof(uniform(CENTRE.lon - 0.5, CENTRE.lon + 0.5), fc.constant(CENTRE.lon)),
  lat: fc.oneof(uniform(CENTRE.lat - 0.4, CENTRE.lat + 0.4), fc.constant(CENTRE.lat)),
  meters: fc.oneof(
    { weight: 6, arbitrary: uniform(100, 50_000) },
    { weight: 1, arbitrary: fc.double({ min: Number.MIN_VALUE, max: 100, noNaN: true }) },
    { weight: 1, arbitrary: fc.constant(50_000) },
  ),
});

/** Mostly none, so that most circles hold assets; a bbox, when given, near the centre. */
interface OtherFilters {
  typeCode?: string;
  status?: AssetStatus;
  bbox?: Box;
}

const otherFilters: fc.Arbitrary<OtherFilters> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<OtherFilters>({}) },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        typeCode: fc.constantFrom(...TYPES.map((t) => t.code)),
        status: fc.constantFrom(...STATUSES),
        bbox: boxArb,
      },
      { requiredKeys: [] },
    ),
  },
);

function matchesOthers(a: RandomAsset, others: { typeCode?: string; status?: string }) {
  return (
    (others.typeCode === undefined || a.typeCode === others.typeCode) &&
    (others.status === undefined || a.status === others.status)
  );
}

// Runs whose list held assets: a property that held only on empty lists proves little.
let nonEmpty = 0;

describe('radius and bbox search against a brute-force reference', () => {
  it('a bbox returns exactly the assets inside it, in tag order', async () => {
    await fc.assert(
      fc.asyncProperty(boxArb, fc.integer({ min: 20, max: 250 }), async (bbox, pageSize) => {
        const { served, totalCount } = await walk({ bbox }, pageSize);
        if (served.length > 0) nonEmpty++;
        const servedIds = new Set(served.map((s) => s.id));
        for (const a of assets) {
          if (!onBoxEdge(a, bbox)) expect(servedIds.has(a.id)).toBe(inBox(a, bbox));
        }
        expect(served.length).toBe(totalCount);
        expect(servedIds.size).toBe(served.length);
        expect(served.map((s) => s.tag)).toEqual(served.map((s) => s.tag).sort());
        expect(served.every((s) => s.distanceMeters === null)).toBe(true);
      }),
      { numRuns: 40, seed: 9 },
    );
    expect(nonEmpty).toBeGreaterThan(20);
    nonEmpty = 0;
  });

  it('a circle returns exactly the assets within it, nearest first, on pages without gaps or repeats', async () => {
    await fc.assert(
      fc.asyncProperty(
        circleArb,
        otherFilters,
        // Small pages often: ties at a page's end are where keysets go wrong.
        fc.oneof(fc.integer({ min: 1, max: 4 }), fc.noBias(fc.integer({ min: 5, max: 200 }))),
        async (near, others, pageSize) => {
          const { served, totalCount } = await walk({ near, ...others }, pageSize);
          if (served.length > 0) nonEmpty++;
          const reference = new Map(
            assets
              .filter((a) => matchesOthers(a, others) && (!others.bbox || inBox(a, others.bbox)))
              .map((a) => [a.id, haversineMeters(near.lon, near.lat, a.lon, a.lat)]),
          );
          const byId = new Map(assets.map((a) => [a.id, a]));
          const servedIds = new Set(served.map((s) => s.id));
          expect(servedIds.size).toBe(served.length);
          expect(served.length).toBe(totalCount);
          // Nothing served that the reference would not; nothing missed that it would.
          for (const s of served) {
            const a = byId.get(s.id)!;
            if (others.bbox && onBoxEdge(a, others.bbox)) continue;
            const d = reference.get(s.id);
            expect(d).toBeDefined();
            expect(d!).toBeLessThanOrEqual(near.meters + edgeMeters(near.meters));
            expect(Math.abs(s.distanceMeters! - d!)).toBeLessThanOrEqual(edgeMeters(d!));
          }
          for (const [id, d] of reference) {
            const onEdge = Math.abs(d - near.meters) <= edgeMeters(near.meters);
            const a = byId.get(id)!;
            if (onEdge || (others.bbox && onBoxEdge(a, others.bbox))) continue;
            expect(servedIds.has(id)).toBe(d <= near.meters);
          }
          // Nearest first, ties by tag.
          for (let i = 1; i < served.length; i++) {
            const [before, after] = [served[i - 1]!, served[i]!];
            expect(before.distanceMeters!).toBeLessThanOrEqual(after.distanceMeters!);
            if (before.distanceMeters === after.distanceMeters) {
              expect(before.tag < after.tag).toBe(true);
            }
          }
        },
      ),
      { numRuns: 40, seed: 29 },
    );
    expect(nonEmpty).toBeGreaterThan(20);
  });
});
