import fc from 'fast-check';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createDatabase,
  MAX_TILE_ZOOM,
  projectToTile,
  TILE_EXTENT,
  type TileAddress,
  tileUnitsSql,
} from '../src';
import type {} from '../src/testing/postgres-global-setup';

// The JS projection draws individual features; the SQL one puts rows in grid cells.
// They must agree, or a point is drawn in one cell and counted in another. Only
// expressions are evaluated (no tables): the run's server, no database of our own.
let db: Kysely<unknown>;

beforeAll(() => {
  db = createDatabase<unknown>({ url: inject('postgresUrl'), schema: 'public', poolMax: 2 });
});

afterAll(async () => {
  await db?.destroy();
});

/** Web Mercator's latitude limit (the projection clamps past it; the city never is). */
const MAX_LAT = 85.05;

/**
 * Degrees to 1e-9 (a tenth of a millimetre). Not any double: PostgreSQL refuses to
 * underflow, so `radians()` of a subnormal latitude (5e-324) is an error, not 0.
 */
const degrees = (max: number) =>
  fc.integer({ min: -Math.round(max * 1e9), max: Math.round(max * 1e9) }).map((n) => n / 1e9);

const points = fc.record({ lon: degrees(180), lat: degrees(MAX_LAT) });

/** The tile a point lies in at `z`, or one of its neighbours (points outside a tile). */
function tileNear(z: number, lon: number, lat: number, dx: number, dy: number): TileAddress {
  const sinLat = Math.sin((lat * Math.PI) / 180);
  const worldX = (lon + 180) / 360;
  const worldY = 0.5 - Math.log((1 + sinLat) / (1 - sinLat)) / (4 * Math.PI);
  const clamp = (v: number) => Math.max(0, Math.min(2 ** z - 1, v));
  return {
    z,
    x: clamp(Math.floor(worldX * 2 ** z) + dx),
    y: clamp(Math.floor(worldY * 2 ** z) + dy),
  };
}

/** `tileUnitsSql` of each point, evaluated by PostgreSQL over float8 VALUES. */
async function unitsInSql(tile: TileAddress, at: Array<{ lon: number; lat: number }>) {
  const rows = sql.join(at.map((p, i) => sql`(${i}::int, ${p.lon}::float8, ${p.lat}::float8)`));
  const units = tileUnitsSql(tile, sql.ref('p.lon'), sql.ref('p.lat'));
  const result = await sql<{ i: number; x: number; y: number }>`
    select p.i, ${units.x} as x, ${units.y} as y
    from (values ${rows}) as p(i, lon, lat) order by p.i`.execute(db);
  return result.rows;
}

describe('projectToTile and tileUnitsSql', () => {
  it('agree within half a tile unit on random points at random zooms', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: MAX_TILE_ZOOM }),
        fc.array(points, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: -1, max: 1 }),
        fc.integer({ min: -1, max: 1 }),
        async (z, at, dx, dy) => {
          const tile = tileNear(z, at[0]!.lon, at[0]!.lat, dx, dy);
          const inSql = await unitsInSql(tile, at);
          at.forEach((p, i) => {
            const [x, y] = projectToTile(tile, p.lon, p.lat);
            const row = inSql[i]!;
            // JS rounds (what a feature carries), SQL does not (cells are half-open).
            expect(
              Math.abs(x - row.x),
              `x of ${p.lon},${p.lat} in ${JSON.stringify(tile)}`,
            ).toBeLessThanOrEqual(0.5 + 1e-6);
            expect(
              Math.abs(y - row.y),
              `y of ${p.lon},${p.lat} in ${JSON.stringify(tile)}`,
            ).toBeLessThanOrEqual(0.5 + 1e-6);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('put a tile’s own points inside it, and draw city points in the cell SQL counts them in', async () => {
    // Phoenix-sized box; cells of the grid (128 units) at the zooms the grid serves.
    const city = fc.record({
      lon: fc.integer({ min: -112_400_000, max: -111_900_000 }).map((n) => n / 1e6),
      lat: fc.integer({ min: 33_200_000, max: 33_800_000 }).map((n) => n / 1e6),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 13 }),
        fc.array(city, { minLength: 1, maxLength: 20 }),
        async (z, at) => {
          const tile = tileNear(z, at[0]!.lon, at[0]!.lat, 0, 0);
          const inSql = await unitsInSql(tile, at);
          at.forEach((p, i) => {
            const row = inSql[i]!;
            const [x, y] = projectToTile(tile, p.lon, p.lat);
            if (i === 0) {
              // Its own tile: inside, give or take float noise on an edge.
              for (const unit of [row.x, row.y, x, y]) {
                expect(unit).toBeGreaterThanOrEqual(-1e-6);
                expect(unit).toBeLessThanOrEqual(TILE_EXTENT);
              }
            }
            // The SQL cell, and where JS draws it: at most the rounding's half unit away.
            const cellX = Math.floor(row.x / 128);
            expect(x).toBeGreaterThanOrEqual(cellX * 128 - 0.5);
            expect(x).toBeLessThanOrEqual((cellX + 1) * 128 + 0.5);
            const cellY = Math.floor(row.y / 128);
            expect(y).toBeGreaterThanOrEqual(cellY * 128 - 0.5);
            expect(y).toBeLessThanOrEqual((cellY + 1) * 128 + 0.5);
          });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('are the standard Web Mercator tile scheme', () => {
    // Null Island is the world's centre; z1's four tiles meet there.
    expect(projectToTile({ z: 0, x: 0, y: 0 }, 0, 0)).toEqual([2048, 2048]);
    expect(projectToTile({ z: 1, x: 1, y: 1 }, 0, 0)).toEqual([0, 0]);
    // Phoenix city hall (-112.0773, 33.4484) is in tile 10/193/410 (as OSM numbers it).
    const [x, y] = projectToTile({ z: 10, x: 193, y: 410 }, -112.0773, 33.4484);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThan(TILE_EXTENT);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThan(TILE_EXTENT);
  });
});
