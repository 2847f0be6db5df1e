import { ANONYMOUS, type Polygon, pointInPolygon, projectToTile } from '@civicgraph/platform';
import { decodeTile, partnerCaller, staffCaller } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelPoint } from '../src/tiles/district-label-point';
import { GeographyTiles, geographyFeatures } from '../src/tiles/geography-tiles';
import { type AssetsHarness, startAssetsHarness } from './harness';
import { getAs, tileAt, tilePath } from './tile-client';

let h: AssetsHarness;

beforeAll(async () => {
  h = await startAssetsHarness();
});

afterAll(async () => {
  await h?.close();
});

async function layersOf(path: string, caller = ANONYMOUS) {
  const answer = await getAs(h.running.url, caller, path);
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  expect(answer.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
  return decodeTile(answer.bytes);
}

function someStreet() {
  const street = h.city.streets.find((s) => s.axis === 'NORTH_SOUTH');
  if (!street) throw new Error('the demo city has no north-south street');
  // Halfway along its first stretch: the street runs on both sides of this point.
  const [a, b] = street.geometry.coordinates as [[number, number], [number, number]];
  const lon = (a[0] + b[0]) / 2;
  const lat = (a[1] + b[1]) / 2;
  return { street, lon, lat };
}

describe('streets tiles', () => {
  it.each([10, 13, 16])('carry the named streets as lines at z%i, to anyone', async (z) => {
    const { street, lon, lat } = someStreet();
    const layers = await layersOf(tilePath('streets', tileAt(z, lon, lat)));
    expect(Object.keys(layers)).toEqual(['streets']);
    const lines = layers.streets ?? [];
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.type).toBe('LineString');
      expect(Object.keys(line.properties).sort()).toEqual(['axis', 'id', 'name']);
      expect(line.properties.name).toEqual(expect.any(String));
    }
    expect(lines.find((l) => l.properties.id === street.id)?.properties).toEqual({
      id: street.id,
      name: street.name,
      axis: 'NORTH_SOUTH',
    });
  });

  it('are cut from z16 past it, where the street still runs through the tile', async () => {
    const { street, lon, lat } = someStreet();
    const tile = tileAt(20, lon, lat);
    const line = (await layersOf(tilePath('streets', tile))).streets?.find(
      (l) => l.properties.id === street.id,
    );
    expect(line?.type).toBe('LineString');
    // A north-south street crosses the tile top to bottom near the point's x.
    const [x] = projectToTile(tile, lon, lat);
    const xs = line?.geometry.flat().map((p) => p.x) ?? [];
    for (const drawnX of xs) expect(Math.abs(drawnX - x)).toBeLessThan(64);
    const ys = line?.geometry.flat().map((p) => p.y) ?? [];
    expect(Math.min(...ys)).toBeLessThanOrEqual(0);
    expect(Math.max(...ys)).toBeGreaterThanOrEqual(4096);
  });

  it('are empty outside the city', async () => {
    const [west, south] = h.city.profile.bbox;
    const answer = await getAs(
      h.running.url,
      ANONYMOUS,
      tilePath('streets', tileAt(12, west - 1, south - 1)),
    );
    expect(answer.status).toBe(200);
    expect(answer.bytes.length).toBe(0);
  });
});

describe('districts tiles', () => {
  it.each([10, 13])('carry the districts, their labels and the city at z%i', async (z) => {
    const districts = h.city.profile.districts.features;
    const first = districts[0];
    if (!first) throw new Error('the demo city has no districts');
    const at = labelPoint(first.geometry);
    if (!at) throw new Error('no label point');
    const layers = await layersOf(tilePath('districts', tileAt(z, at[0], at[1])));
    expect(Object.keys(layers).sort()).toEqual(['city', 'district-labels', 'districts']);
    const polygon = layers.districts?.find((d) => d.properties.number === first.properties.number);
    expect(polygon).toMatchObject({
      type: 'Polygon',
      properties: { number: first.properties.number, name: first.properties.name },
    });
    expect(
      layers['district-labels']?.find((l) => l.properties.number === first.properties.number),
    ).toMatchObject({
      type: 'Point',
      properties: { number: first.properties.number, name: first.properties.name },
    });
    expect(layers.city).toEqual([
      expect.objectContaining({ type: 'Polygon', properties: { name: h.city.profile.name } }),
    ]);
  });

  it('put one label per district, inside it', async () => {
    const layers = await layersOf(tilePath('districts', { z: 0, x: 0, y: 0 }));
    const numbers = (layers['district-labels'] ?? []).map((l) => l.properties.number).sort();
    expect(numbers).toEqual(
      h.city.profile.districts.features.map((d) => d.properties.number).sort(),
    );
    for (const district of h.city.profile.districts.features) {
      const at = labelPoint(district.geometry);
      expect(at && pointInPolygon(district.geometry, at[0], at[1])).toBe(true);
    }
  });

  it('are served to every caller (geography is public), with an ETag and 304', async () => {
    const path = tilePath('districts', tileAt(11, -112.07, 33.45));
    for (const caller of [ANONYMOUS, partnerCaller([]), staffCaller('FIELD_WORKER')]) {
      const answer = await getAs(h.running.url, caller, path);
      expect(answer.status).toBe(200);
      const etag = answer.headers.get('etag') as string;
      const again = await getAs(h.running.url, caller, path, { 'if-none-match': etag });
      expect(again.status).toBe(304);
    }
  });

  it.each([
    ['/tiles/districts/40/0/0.mvt', 'z'],
    ['/tiles/streets/3/8/0.mvt', 'x'],
    ['/tiles/streets/3/0/x.mvt', 'y'],
  ])('%s is a 400 naming %s', async (path, argument) => {
    const answer = await getAs(h.running.url, ANONYMOUS, path);
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ errors: [{ extensions: { argument } }] });
  });
});

describe('the geography tile index', () => {
  it('is rebuilt when the tables change, at most once per recheck interval', async () => {
    let now = 0;
    const geography = new GeographyTiles(h.db, { recheckMs: 60_000, now: () => now });
    const first = await geography.current();
    const { street, lon, lat } = someStreet();
    const tile = tileAt(14, lon, lat);
    const nameIn = (snapshot: typeof first) =>
      geographyFeatures(snapshot.layers.streets, tile).find((f) => f.tags?.id === street.id)?.tags
        ?.name;
    expect(nameIn(first)).toBe(street.name);

    await h.db
      .updateTable('streets')
      .set({ name: 'Renamed Avenue' })
      .where('id', '=', street.id)
      .execute();
    try {
      now = 30_000;
      expect(await geography.current()).toBe(first);
      now = 61_000;
      const second = await geography.current();
      expect(second.hash).not.toBe(first.hash);
      expect(nameIn(second)).toBe('Renamed Avenue');
      now = 200_000;
      expect(await geography.current()).toBe(second);
    } finally {
      await h.db
        .updateTable('streets')
        .set({ name: street.name })
        .where('id', '=', street.id)
        .execute();
    }
  });
});

describe('labelPoint', () => {
  const square: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ],
    ],
  };
  // A U opening north: its box's centre (1.5, 1.5) is in the gap between the arms.
  const u: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [3, 0],
        [3, 3],
        [2, 3],
        [2, 1],
        [1, 1],
        [1, 3],
        [0, 3],
        [0, 0],
      ],
    ],
  };

  it('is the centre of a compact polygon', () => {
    expect(labelPoint(square)).toEqual([1, 1]);
  });

  it('is inside a polygon whose box centre is not', () => {
    const at = labelPoint(u);
    expect(pointInPolygon(u, 1.5, 1.5)).toBe(false);
    expect(at).not.toBeNull();
    expect(pointInPolygon(u, (at as [number, number])[0], (at as [number, number])[1])).toBe(true);
  });
});
