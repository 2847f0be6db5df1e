import { ANONYMOUS } from '@civicgraph/platform';
import { getSignedRoute } from '@civicgraph/platform/testing';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRows } from '../src/rows/row-writer';
import { type DatasetsHarness, startDatasetsHarness } from './harness';
import { addFixtureDataset, FIXTURE_COLUMNS, FIXTURE_ROWS } from './rows-fixture';

let h: DatasetsHarness;
let fixtureId: string;

beforeAll(async () => {
  h = await startDatasetsHarness();
  ({ id: fixtureId } = await addFixtureDataset(h.db, h.city.departments[0]!.id));
});

afterAll(async () => {
  await h?.close();
});

/** GETs an export as an anonymous caller, signed as the gateway would. */
const get = (path: string, headers: Record<string, string> = {}) =>
  getSignedRoute(h.running.url, ANONYMOUS, 'datasets', path, headers);

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** What a CSV cell holds for a value: empty for null, true/false, numbers as JSON. */
const cell = (value: unknown) =>
  value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);

describe('formats', () => {
  it('CSV: a header of the columns, a line per row, parseable', async () => {
    const reply = await get('/datasets/rows-fixture/rows.csv');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(reply.headers.get('content-disposition')).toBe(
      'attachment; filename="rows-fixture.csv"',
    );
    const records: string[][] = parse(text(reply.bytes));
    expect(records[0]).toEqual(FIXTURE_COLUMNS.map((c) => c.name));
    expect(records.slice(1)).toEqual(
      FIXTURE_ROWS.map((row) => FIXTURE_COLUMNS.map((c) => cell(row.values[c.name]))),
    );
  });

  it('JSON: an array of objects with the selected columns, filtered and ordered', async () => {
    const reply = await get(
      '/datasets/rows-fixture/rows.json?active=true&select=name,count&order=-count',
    );
    expect(reply.status).toBe(200);
    const expected = FIXTURE_ROWS.filter((r) => r.values.active === true)
      .sort((a, b) => (b.values.count as number) - (a.values.count as number))
      .map((r) => ({ name: r.values.name, count: r.values.count }));
    expect(reply.json).toEqual(expected);
  });

  it('GeoJSON: a feature per row with its point, a box filter applied', async () => {
    const reply = await get(
      '/datasets/rows-fixture/rows.geojson?bbox=-112.1,33.4,-112,33.5&select=name',
    );
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const collection = reply.json as {
      type: string;
      features: { id: string; geometry: { coordinates: number[] }; properties: object }[];
    };
    expect(collection.type).toBe('FeatureCollection');
    const expected = FIXTURE_ROWS.filter((r) => {
      const { longitude: lon, latitude: lat } = r.values as { longitude: number; latitude: number };
      return lon >= -112.1 && lon <= -112 && lat >= 33.4 && lat <= 33.5;
    });
    expect(collection.features).toEqual(
      expected.map((r) => ({
        type: 'Feature',
        id: r.key,
        geometry: { type: 'Point', coordinates: [r.values.longitude, r.values.latitude] },
        properties: { name: r.values.name },
      })),
    );
  });

  it('every filter operator works in the URL', async () => {
    const reply = await get(
      '/datasets/rows-fixture/rows.json?select=name&count.gte=5&count.lt=33&score.in=1.5,2.25,7&name.contains=o',
    );
    const expected = FIXTURE_ROWS.filter((r) => {
      const { count, score, name } = r.values as {
        count: number | null;
        score: number;
        name: string | null;
      };
      return (
        count !== null &&
        count >= 5 &&
        count < 33 &&
        [1.5, 2.25, 7].includes(score) &&
        name?.toLowerCase().includes('o')
      );
    }).map((r) => ({ name: r.values.name }));
    expect(expected.length).toBeGreaterThan(0);
    expect(reply.json).toEqual(expected);
  });

  it('an empty result is still a valid document', async () => {
    const reply = await get('/datasets/rows-fixture/rows.json?count=999999');
    expect(reply.json).toEqual([]);
  });
});

describe('refusals', () => {
  it.each([
    ['/datasets/rows-fixture/rows.csv?ghost=1', 'ghost'],
    ['/datasets/rows-fixture/rows.csv?count=many', 'count'],
    ['/datasets/rows-fixture/rows.csv?count.between=1', 'count'],
    ['/datasets/rows-fixture/rows.csv?active.gt=true', 'active'],
    ['/datasets/rows-fixture/rows.csv?select=ghost', 'select'],
    ['/datasets/rows-fixture/rows.csv?order=-ghost', 'orderBy'],
    ['/datasets/rows-fixture/rows.csv?bbox=1,2,3', 'bbox'],
    ['/datasets/rows-fixture/rows.csv?day=2026-13-01', 'day'],
  ])('%s is a 400 naming %s', async (path, argument) => {
    const reply = await get(path);
    expect(reply.status).toBe(400);
    expect(reply.json).toMatchObject({
      errors: [{ extensions: { code: 'BAD_REQUEST', argument } }],
    });
  });

  it('GeoJSON of a dataset without geometry is a 404 saying why', async () => {
    const reply = await get('/datasets/community-investment/rows.geojson');
    expect(reply.status).toBe(404);
    expect(JSON.stringify(reply.json)).toContain('no geometry');
  });

  it('an unknown dataset or file is a 404', async () => {
    expect((await get('/datasets/no-such-data/rows.csv')).status).toBe(404);
    expect((await get('/datasets/rows-fixture/rows.xlsx')).status).toBe(404);
  });
});

describe('caching', () => {
  it('answers 304 to a matching ETag or a current If-Modified-Since', async () => {
    const first = await get('/datasets/rows-fixture/rows.csv?active=true');
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^"/);
    const again = await get('/datasets/rows-fixture/rows.csv?active=true', {
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    const since = await get('/datasets/rows-fixture/rows.csv?active=true', {
      'if-modified-since': lastModified,
    });
    expect(since.status).toBe(304);
    // Another filter or format is another file.
    const other = await get('/datasets/rows-fixture/rows.csv?active=false', {
      'if-none-match': etag,
    });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
    const json = await get('/datasets/rows-fixture/rows.json?active=true', {
      'if-none-match': etag,
    });
    expect(json.status).toBe(200);
  });

  it('a change to the rows changes the ETag', async () => {
    const before = await get('/datasets/rows-fixture/rows.csv');
    await h.db
      .transaction()
      .execute((trx) =>
        writeRows(trx, fixtureId, { upsert: [FIXTURE_ROWS[0]!] }, new Date(Date.now() + 5000)),
      );
    const after = await get('/datasets/rows-fixture/rows.csv', {
      'if-none-match': before.headers.get('etag')!,
    });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
  });
});
