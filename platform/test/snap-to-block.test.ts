import fc from 'fast-check';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  BLOCK_METERS,
  createDatabase,
  degreesPerMeter,
  distanceMeters,
  snapToBlock,
  snapToBlockSql,
} from '../src';
import type {} from '../src/testing/postgres-global-setup';

// Location-sensitive places are published at their block's centre: the JS rule draws
// them, the SQL rule aggregates them, and they must be the same rule.
let db: Kysely<unknown>;

beforeAll(() => {
  db = createDatabase<unknown>({ url: inject('postgresUrl'), schema: 'public', poolMax: 2 });
});

afterAll(async () => {
  await db?.destroy();
});

/** Degrees to 1e-9; latitudes where cities are (columns stay sensible, no poles). */
const degrees = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 1e9), max: Math.round(max * 1e9) }).map((n) => n / 1e9);
const points = fc.record({ lon: degrees(-180, 180), lat: degrees(-80, 80) });
const cityPoints = fc.record({ lon: degrees(-112.4, -111.9), lat: degrees(33.2, 33.8) });

/** Half the diagonal of a BLOCK_METERS square, and a little for the sphere's curve. */
const HALF_DIAGONAL_METERS = (BLOCK_METERS * Math.SQRT2) / 2 + 0.5;

async function snapInSql(at: Array<{ lon: number; lat: number }>) {
  const rows = sql.join(at.map((p, i) => sql`(${i}::int, ${p.lon}::float8, ${p.lat}::float8)`));
  const snapped = snapToBlockSql(sql.ref('p.lon'), sql.ref('p.lat'));
  const result = await sql<{ i: number; lon: number; lat: number }>`
    select p.i, ${snapped.lon} as lon, ${snapped.lat} as lat
    from (values ${rows}) as p(i, lon, lat) order by p.i`.execute(db);
  return result.rows;
}

describe('snapToBlock and snapToBlockSql', () => {
  it('snap random points to the same place (1e-9 degrees)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(points, cityPoints), { minLength: 1, maxLength: 50 }),
        async (at) => {
          const inSql = await snapInSql(at);
          at.forEach((p, i) => {
            const [lon, lat] = snapToBlock(p.lon, p.lat);
            expect(Math.abs(inSql[i]!.lon - lon), `lon of ${p.lon},${p.lat}`).toBeLessThan(1e-9);
            expect(Math.abs(inSql[i]!.lat - lat), `lat of ${p.lon},${p.lat}`).toBeLessThan(1e-9);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is idempotent: a snapped point is its own block’s centre', () => {
    fc.assert(
      fc.property(fc.oneof(points, cityPoints), ({ lon, lat }) => {
        const once = snapToBlock(lon, lat);
        expect(snapToBlock(...once)).toEqual(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('moves no point further than half a block’s diagonal (about 71 m)', () => {
    fc.assert(
      fc.property(fc.oneof(points, cityPoints), ({ lon, lat }) => {
        const [snappedLon, snappedLat] = snapToBlock(lon, lat);
        expect(distanceMeters(lon, lat, snappedLon, snappedLat)).toBeLessThanOrEqual(
          HALF_DIAGONAL_METERS,
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('gives every point of one block the same point, and other blocks other points', () => {
    fc.assert(
      fc.property(
        cityPoints,
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        ({ lon, lat }, fx, fy) => {
          const centre = snapToBlock(lon, lat);
          const height = BLOCK_METERS * degreesPerMeter(0).lat;
          const width = BLOCK_METERS * degreesPerMeter(centre[1]).lon;
          const south = centre[1] - height / 2;
          const west = centre[0] - width / 2;
          // Anywhere in the block: the same centre.
          expect(snapToBlock(west + fx * width, south + fy * height)).toEqual(centre);
          // A block over (east, north): another centre, a block away.
          const east = snapToBlock(west + (1 + fx) * width, south + fy * height);
          expect(east[1]).toBe(centre[1]);
          expect(east[0] - centre[0]).toBeCloseTo(width, 12);
          const north = snapToBlock(west + fx * width, south + (1 + fy) * height);
          expect(north[1] - centre[1]).toBeCloseTo(height, 12);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('makes blocks about BLOCK_METERS square', () => {
    const [lon, lat] = snapToBlock(-112.0773, 33.4484);
    const [eastLon] = snapToBlock(lon + 100 * degreesPerMeter(lat).lon, lat);
    expect(distanceMeters(lon, lat, eastLon, lat)).toBeCloseTo(BLOCK_METERS, 0);
    const [, northLat] = snapToBlock(lon, lat + 100 * degreesPerMeter(lat).lat);
    expect(distanceMeters(lon, lat, lon, northLat)).toBeCloseTo(BLOCK_METERS, 6);
  });
});
