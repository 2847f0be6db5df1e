import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bboxesIntersect,
  MAX_TILE_ZOOM,
  parseTileAddress,
  projectToTile,
  RouteRefused,
  TILE_EXTENT,
  type TileAddress,
  tileBbox,
} from '../src';

/** The refusal `parse` throws, or a failure naming what it did instead. */
function refusalOf(params: { z?: string; x?: string; file?: string }): RouteRefused {
  try {
    const parsed = parseTileAddress(params);
    throw new Error(`accepted ${JSON.stringify(params)} as ${JSON.stringify(parsed)}`);
  } catch (error) {
    if (error instanceof RouteRefused) return error;
    throw error;
  }
}

function expectBadArgument(params: { z?: string; x?: string; file?: string }, argument: string) {
  const refusal = refusalOf(params);
  expect(refusal.status, JSON.stringify(params)).toBe(400);
  expect(refusal.body.errors[0]?.extensions, JSON.stringify(params)).toMatchObject({
    code: 'BAD_REQUEST',
    argument,
  });
  expect(refusal.message).not.toBe('');
}

/** A tile that exists, with its params as a route receives them. */
const tiles = fc.integer({ min: 0, max: MAX_TILE_ZOOM }).chain((z) =>
  fc.record({
    z: fc.constant(z),
    x: fc.integer({ min: 0, max: 2 ** z - 1 }),
    y: fc.integer({ min: 0, max: 2 ** z - 1 }),
  }),
);

describe('parseTileAddress', () => {
  it('reads every tile of the pyramid from its route params', () => {
    expect(parseTileAddress({ z: '0', x: '0', file: '0.mvt' })).toEqual({ z: 0, x: 0, y: 0 });
    expect(parseTileAddress({ z: '13', x: '1540', file: '3297.mvt' })).toEqual({
      z: 13,
      x: 1540,
      y: 3297,
    });
    const last = String(2 ** MAX_TILE_ZOOM - 1);
    expect(parseTileAddress({ z: String(MAX_TILE_ZOOM), x: last, file: `${last}.mvt` })).toEqual({
      z: MAX_TILE_ZOOM,
      x: 2 ** MAX_TILE_ZOOM - 1,
      y: 2 ** MAX_TILE_ZOOM - 1,
    });
    fc.assert(
      fc.property(tiles, (tile) => {
        const params = { z: String(tile.z), x: String(tile.x), file: `${tile.y}.mvt` };
        expect(parseTileAddress(params)).toEqual(tile);
      }),
    );
  });

  it('refuses zooms past the deepest, naming z and the limit', () => {
    expectBadArgument({ z: '23', x: '0', file: '0.mvt' }, 'z');
    expect(refusalOf({ z: '23', x: '0', file: '0.mvt' }).body.errors[0]?.extensions).toMatchObject({
      max: MAX_TILE_ZOOM,
    });
    expectBadArgument({ z: '99999999', x: '0', file: '0.mvt' }, 'z');
  });

  it('refuses x or y outside the zoom’s range, naming which', () => {
    expectBadArgument({ z: '0', x: '1', file: '0.mvt' }, 'x');
    expectBadArgument({ z: '0', x: '0', file: '1.mvt' }, 'y');
    expectBadArgument({ z: '10', x: '1024', file: '0.mvt' }, 'x');
    expectBadArgument({ z: '10', x: '0', file: '1024.mvt' }, 'y');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_TILE_ZOOM }),
        fc.integer({ min: 0, max: 2 ** 26 }),
        (z, past) => {
          const outside = String(2 ** z + past);
          expectBadArgument({ z: String(z), x: outside, file: '0.mvt' }, 'x');
          expectBadArgument({ z: String(z), x: '0', file: `${outside}.mvt` }, 'y');
        },
      ),
    );
  });

  it('refuses numbers that are not plain whole numbers, naming the part', () => {
    const hostile = [
      '-1',
      '-0',
      '1.5',
      '1.0',
      '01',
      '00',
      '1e3',
      '0x1',
      '+1',
      ' 1',
      '1 ',
      '',
      'NaN',
      'Infinity',
      '99999999999999999999',
      '9007199254740993',
      '١',
      '1%00',
      '1\n',
    ];
    for (const bad of hostile) {
      expectBadArgument({ z: bad, x: '0', file: '0.mvt' }, 'z');
      expectBadArgument({ z: '22', x: bad, file: '0.mvt' }, 'x');
      expectBadArgument({ z: '22', x: '0', file: `${bad}.mvt` }, 'y');
    }
    expectBadArgument({ x: '0', file: '0.mvt' }, 'z');
    expectBadArgument({ z: '1', file: '0.mvt' }, 'x');
  });

  it('refuses another extension or no extension as a bad y', () => {
    for (const file of ['0.png', '0.pbf', '0', '0.MVT', '0.mvt.gz', '0.mvt.mvt', '.mvt', '0mvt']) {
      expectBadArgument({ z: '1', x: '0', file }, 'y');
    }
    expectBadArgument({ z: '1', x: '0' }, 'y');
  });

  it('answers any string either with the tile it canonically names or a 400 refusal', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (z, x, y) => {
        let tile: TileAddress;
        try {
          tile = parseTileAddress({ z, x, file: `${y}.mvt` });
        } catch (error) {
          expect(error).toBeInstanceOf(RouteRefused);
          expect((error as RouteRefused).status).toBe(400);
          return;
        }
        expect([String(tile.z), String(tile.x), String(tile.y)]).toEqual([z, x, y]);
      }),
    );
  });
});

describe('tileBbox', () => {
  it('is the whole Web Mercator world at zoom 0', () => {
    const world = tileBbox({ z: 0, x: 0, y: 0 });
    expect(world.west).toBe(-180);
    expect(world.east).toBe(180);
    expect(world.north).toBeCloseTo(85.0511287798066, 12);
    expect(world.south).toBeCloseTo(-85.0511287798066, 12);
  });

  it('splits a tile into its four children, which share edges with their neighbours', () => {
    fc.assert(
      fc.property(
        tiles.filter((t) => t.z < MAX_TILE_ZOOM),
        ({ z, x, y }) => {
          const tile = tileBbox({ z, x, y });
          const nw = tileBbox({ z: z + 1, x: 2 * x, y: 2 * y });
          const se = tileBbox({ z: z + 1, x: 2 * x + 1, y: 2 * y + 1 });
          expect(nw.west).toBe(tile.west);
          expect(nw.north).toBe(tile.north);
          expect(se.east).toBeCloseTo(tile.east, 9);
          expect(se.south).toBeCloseTo(tile.south, 9);
          // Neighbours at the same zoom: the same number for the shared edge.
          const east = tileBbox({ z: z + 1, x: 2 * x + 1, y: 2 * y });
          const south = tileBbox({ z: z + 1, x: 2 * x, y: 2 * y + 1 });
          expect(east.west).toBe(nw.east);
          expect(south.north).toBe(nw.south);
          expect(nw.west).toBeLessThan(nw.east);
          expect(nw.south).toBeLessThan(nw.north);
        },
      ),
    );
  });

  it('grows by the buffer, in tile units, on every side', () => {
    fc.assert(
      fc.property(tiles, fc.integer({ min: 1, max: 512 }), (tile, buffer) => {
        const plain = tileBbox(tile);
        const grown = tileBbox(tile, buffer);
        expect(grown.west).toBeLessThan(plain.west);
        expect(grown.east).toBeGreaterThan(plain.east);
        expect(grown.north).toBeGreaterThan(plain.north);
        expect(grown.south).toBeLessThan(plain.south);
        const unitLon = (plain.east - plain.west) / TILE_EXTENT;
        expect((plain.west - grown.west) / unitLon).toBeCloseTo(buffer, 3);
        expect((grown.east - plain.east) / unitLon).toBeCloseTo(buffer, 3);
      }),
    );
  });

  it('has its corners at tile units (0, 0) and (extent, extent), buffer included', () => {
    fc.assert(
      // Not the world's top and bottom rows: their buffer passes Mercator's latitude
      // limit, where the projection clamps.
      fc.property(
        tiles.filter((t) => t.y > 0 && t.y < 2 ** t.z - 1),
        fc.integer({ min: 0, max: 256 }),
        (tile, buffer) => {
          const box = tileBbox(tile, buffer);
          // `+ 0`: rounding a tiny negative gives -0, the same tile unit.
          const units = (lon: number, lat: number) =>
            projectToTile(tile, lon, lat).map((u) => u + 0);
          expect(units(box.west, box.north)).toEqual([-buffer + 0, -buffer + 0]);
          expect(units(box.east, box.south)).toEqual([TILE_EXTENT + buffer, TILE_EXTENT + buffer]);
        },
      ),
    );
  });
});

describe('bboxesIntersect', () => {
  const box = { west: 0, south: 0, east: 1, north: 1 };
  it('counts overlap and touching edges, not boxes apart', () => {
    expect(bboxesIntersect(box, { west: 0.5, south: 0.5, east: 2, north: 2 })).toBe(true);
    expect(bboxesIntersect(box, { west: 1, south: 0, east: 2, north: 1 })).toBe(true);
    expect(bboxesIntersect(box, { west: 0.2, south: 0.2, east: 0.3, north: 0.3 })).toBe(true);
    expect(bboxesIntersect(box, { west: 1.01, south: 0, east: 2, north: 1 })).toBe(false);
    expect(bboxesIntersect(box, { west: 0, south: -2, east: 1, north: -0.01 })).toBe(false);
  });

  it('finds exactly the tiles that cover a box at a zoom', () => {
    const city = { west: -112.32, south: 33.29, east: -111.92, north: 33.72 };
    const z = 10;
    const [x0, y0] = projectToTile({ z, x: 0, y: 0 }, city.west, city.north).map((u) =>
      Math.floor(u / TILE_EXTENT),
    ) as [number, number];
    const [x1, y1] = projectToTile({ z, x: 0, y: 0 }, city.east, city.south).map((u) =>
      Math.floor(u / TILE_EXTENT),
    ) as [number, number];
    for (let x = x0 - 2; x <= x1 + 2; x++) {
      for (let y = y0 - 2; y <= y1 + 2; y++) {
        const covers = x >= x0 && x <= x1 && y >= y0 && y <= y1;
        expect(bboxesIntersect(tileBbox({ z, x, y }), city), `${z}/${x}/${y}`).toBe(covers);
      }
    }
  });
});
