import fc from 'fast-check';
import Fastify, { type FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import {
  encodeTile,
  lineFeature,
  MVT_CONTENT_TYPE,
  matchesIfNoneMatch,
  pointFeature,
  sendTile,
  TILE_CACHE_CONTROL,
  TILE_EXTENT,
  type TileFeature,
  type TileProperties,
  tileEtag,
} from '../src';
import { decodeTile } from '../src/testing';

const UUID = '0b9c7a4e-1d2f-4e5a-9b8c-7d6e5f4a3b2c';

/** Tile units, buffer included, as features carry them. */
const unit = fc.integer({ min: -64, max: TILE_EXTENT + 64 });
// Not Object.prototype's names: vt-pbf indexes keys in a plain object, so a property
// named `valueOf` comes back as `undefined` (ours are fixed camelCase names).
const key = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !(k in Object.prototype));
/** What MVT values keep exactly: strings, booleans, integers, doubles. */
const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.boolean(),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
  // Negative integers are zigzag-encoded by pbf, exact down to -2^51 (counts and
  // district numbers are far from it).
  fc.maxSafeInteger().filter((n) => n >= -(2 ** 51)),
  // A whole double is written as an integer, with the same range.
  fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .filter((d) => !Object.is(d, -0) && (!Number.isInteger(d) || Math.abs(d) <= 2 ** 51)),
  fc.constant(null),
  fc.constant(undefined),
);
const properties = fc.dictionary(key, value, { maxKeys: 8 });

function present(props: TileProperties) {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

describe('encodeTile and decodeTile', () => {
  it('round-trip points with their properties; null and undefined are left out', () => {
    const bytes = encodeTile({
      'work-orders': [
        pointFeature(10, 20, {
          id: UUID,
          number: 'PHX-WO-26-000001',
          status: 'ASSIGNED',
          overdue: false,
          assigneeId: null,
          crewId: undefined,
          district: 3,
        }),
        pointFeature(-64, 4160, { cluster: true, count: 1024, statusNew: 0 }),
      ],
    });
    const layers = decodeTile(bytes);
    expect(Object.keys(layers)).toEqual(['work-orders']);
    expect(layers['work-orders']).toEqual([
      {
        type: 'Point',
        properties: {
          id: UUID,
          number: 'PHX-WO-26-000001',
          status: 'ASSIGNED',
          overdue: false,
          district: 3,
        },
        geometry: [[{ x: 10, y: 20 }]],
      },
      {
        type: 'Point',
        properties: { cluster: true, count: 1024, statusNew: 0 },
        geometry: [[{ x: -64, y: 4160 }]],
      },
    ]);
  });

  it('round-trips lines of one or more parts', () => {
    const layers = decodeTile(
      encodeTile({
        streets: [
          lineFeature(
            [
              [
                [0, 0],
                [100, 50],
                [4096, 4096],
              ],
            ],
            { id: UUID, name: 'Central Ave', axis: 'N-S' },
          ),
          lineFeature(
            [
              [
                [1, 1],
                [2, 2],
              ],
              [
                [10, 10],
                [20, 5],
              ],
            ],
            { name: 'Two parts' },
          ),
        ],
      }),
    );
    expect(layers.streets).toEqual([
      {
        type: 'LineString',
        properties: { id: UUID, name: 'Central Ave', axis: 'N-S' },
        geometry: [
          [
            { x: 0, y: 0 },
            { x: 100, y: 50 },
            { x: 4096, y: 4096 },
          ],
        ],
      },
      {
        type: 'LineString',
        properties: { name: 'Two parts' },
        geometry: [
          [
            { x: 1, y: 1 },
            { x: 2, y: 2 },
          ],
          [
            { x: 10, y: 10 },
            { x: 20, y: 5 },
          ],
        ],
      },
    ]);
  });

  it('round-trips random points and properties in several layers', () => {
    // Layer names are ours too; `__proto__` as a name would set a prototype instead.
    const layerName = fc
      .string({ minLength: 1, maxLength: 10 })
      .filter((name) => !(name in Object.prototype));
    const layer = fc.array(fc.record({ x: unit, y: unit, properties }), {
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(
        fc.dictionary(layerName, layer, {
          minKeys: 1,
          maxKeys: 4,
        }),
        (layers) => {
          const decoded = decodeTile(
            encodeTile(
              Object.fromEntries(
                Object.entries(layers).map(([name, features]) => [
                  name,
                  features.map((f) => pointFeature(f.x, f.y, f.properties)),
                ]),
              ),
            ),
          );
          expect(Object.keys(decoded).sort()).toEqual(Object.keys(layers).sort());
          for (const [name, features] of Object.entries(layers)) {
            expect(decoded[name]).toEqual(
              features.map((f) => ({
                type: 'Point',
                properties: present(f.properties),
                geometry: [[{ x: f.x, y: f.y }]],
              })),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('encodes an empty tile as zero bytes, which decodes to no layers', () => {
    const empties: Array<Record<string, TileFeature[]>> = [
      {},
      { 'work-orders': [] },
      { requests: [], assets: [] },
    ];
    for (const empty of empties) {
      const bytes = encodeTile(empty);
      expect(bytes.byteLength).toBe(0);
      expect(decodeTile(bytes)).toEqual({});
    }
    // An empty layer beside a full one is left out, the full one kept.
    const one = decodeTile(encodeTile({ requests: [], assets: [pointFeature(1, 2, {})] }));
    expect(Object.keys(one)).toEqual(['assets']);
  });
});

describe('tileEtag', () => {
  it('is a strong, quoted tag, the same for the same parts', () => {
    const tag = tileEtag('work-orders', 13, 1540, 3297, { status: ['NEW'] }, 42, 'staff');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(tileEtag('work-orders', 13, 1540, 3297, { status: ['NEW'] }, 42, 'staff')).toBe(tag);
  });

  it('differs when any part differs', () => {
    const parts = fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean()), { maxLength: 6 });
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        expect(tileEtag(...a)).not.toBe(tileEtag(...b));
      }),
    );
    // Each the same but one: layer, address, filters, version, caller.
    const base = ['requests', 10, 193, 410, { status: ['OPEN'] }, 7, 'public'] as const;
    const variants = [
      ['work-orders', 10, 193, 410, { status: ['OPEN'] }, 7, 'public'],
      ['requests', 11, 193, 410, { status: ['OPEN'] }, 7, 'public'],
      ['requests', 10, 194, 410, { status: ['OPEN'] }, 7, 'public'],
      ['requests', 10, 193, 411, { status: ['OPEN'] }, 7, 'public'],
      ['requests', 10, 193, 410, { status: ['CLOSED'] }, 7, 'public'],
      ['requests', 10, 193, 410, {}, 7, 'public'],
      ['requests', 10, 193, 410, { status: ['OPEN'] }, 8, 'public'],
      ['requests', 10, 193, 410, { status: ['OPEN'] }, 7, 'staff'],
      // Numbers run together differ from numbers apart.
      ['requests', 101, 93, 410, { status: ['OPEN'] }, 7, 'public'],
    ];
    const tags = new Set([tileEtag(...base), ...variants.map((v) => tileEtag(...v))]);
    expect(tags.size).toBe(variants.length + 1);
  });
});

/** A request with just the header `matchesIfNoneMatch` reads. */
const withIfNoneMatch = (value?: string) =>
  ({ headers: value === undefined ? {} : { 'if-none-match': value } }) as FastifyRequest;

describe('matchesIfNoneMatch', () => {
  const etag = tileEtag('requests', 1, 0, 0);

  it('matches the tag alone, in a list, weak, or *', () => {
    expect(matchesIfNoneMatch(withIfNoneMatch(etag), etag)).toBe(true);
    expect(matchesIfNoneMatch(withIfNoneMatch(`"other", ${etag}`), etag)).toBe(true);
    expect(matchesIfNoneMatch(withIfNoneMatch(`"a",${etag},"b"`), etag)).toBe(true);
    expect(matchesIfNoneMatch(withIfNoneMatch(`W/${etag}`), etag)).toBe(true);
    expect(matchesIfNoneMatch(withIfNoneMatch(`"x", W/${etag}`), etag)).toBe(true);
    expect(matchesIfNoneMatch(withIfNoneMatch('*'), etag)).toBe(true);
  });

  it('does not match another tag, a part of it, or nothing', () => {
    const inner = etag.slice(1, -1);
    for (const header of [
      undefined,
      '',
      ',',
      '"other"',
      inner,
      `"${inner}`,
      `${etag}x`,
      `W/"${inner.slice(1)}"`,
      `w/${etag}`,
      'W/*',
      '**',
    ]) {
      expect(matchesIfNoneMatch(withIfNoneMatch(header), etag), String(header)).toBe(false);
    }
  });
});

describe('sendTile', () => {
  it('answers the tile with its headers, or 304 without building it', async () => {
    let renders = 0;
    const etag = tileEtag('assets', 14, 3000, 6000);
    const app = Fastify();
    app.get('/tile', (request, reply) =>
      sendTile(request, reply, {
        etag,
        cacheControl: TILE_CACHE_CONTROL.privateSlow,
        render: async () => {
          renders++;
          return encodeTile({ assets: [pointFeature(5, 6, { tag: 'HYD-1' })] });
        },
      }),
    );
    const fresh = await app.inject({ method: 'GET', url: '/tile' });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.headers).toMatchObject({
      'content-type': MVT_CONTENT_TYPE,
      etag,
      'cache-control': TILE_CACHE_CONTROL.privateSlow,
      'x-content-type-options': 'nosniff',
    });
    expect(decodeTile(fresh.rawPayload).assets?.[0]?.properties).toEqual({ tag: 'HYD-1' });
    expect(renders).toBe(1);

    const cached = await app.inject({
      method: 'GET',
      url: '/tile',
      headers: { 'if-none-match': etag },
    });
    expect(cached.statusCode).toBe(304);
    expect(cached.headers.etag).toBe(etag);
    expect(cached.rawPayload.byteLength).toBe(0);
    expect(renders).toBe(1);
    await app.close();
  });

  it('answers an empty tile as 200 with zero bytes', async () => {
    const app = Fastify();
    app.get('/tile', (request, reply) =>
      sendTile(request, reply, {
        etag: tileEtag('empty'),
        cacheControl: TILE_CACHE_CONTROL.publicSlow,
        render: async () => encodeTile({}),
      }),
    );
    const response = await app.inject({ method: 'GET', url: '/tile' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(MVT_CONTENT_TYPE);
    expect(response.rawPayload.byteLength).toBe(0);
    await app.close();
  });
});
