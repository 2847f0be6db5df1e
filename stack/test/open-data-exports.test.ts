import { postGraphQL } from '@civicgraph/platform/testing';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { signInAs, startSeededStack } from '../src/testing';

// Dataset rows as open data users reach them, through the gateway's origin: the
// exports in three formats, anonymous or signed in, with the GraphQL rows query
// agreeing on what a filter keeps, revalidation, and refusals that name the column.

let stack: RunningStack;

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 12, requests: 20, now: new Date('2026-11-01T15:00:00Z') },
  });
});

afterAll(async () => {
  await stack?.close();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${stack.url}${path}`, { headers });

interface RowsAnswer {
  datasetRows: {
    totalCount: number;
    edges: { node: { key: string; values: Record<string, unknown> } }[];
  };
}

async function graphRows(dataset: string, where: unknown[], select: string[]) {
  const answer = await postGraphQL<RowsAnswer>(
    `${stack.url}/graphql`,
    `query ($dataset: String!, $where: [DatasetColumnFilter!], $select: [String!]) {
      datasetRows(dataset: $dataset, where: $where, select: $select, first: 500) {
        totalCount edges { node { key values } }
      }
    }`,
    { dataset, where, select },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.datasetRows;
}

describe('formats through the gateway', () => {
  it('CSV: the rows the GraphQL query answers for the same filter', async () => {
    const response = await get(
      '/datasets/community-investment/rows.csv?fiscal_year=2024&amount_usd.gte=100000&select=program,district,amount_usd',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="community-investment.csv"',
    );
    const records: Record<string, string>[] = parse(await response.text(), { columns: true });
    const rows = await graphRows(
      'community-investment',
      [
        { column: 'fiscal_year', eq: '2024' },
        { column: 'amount_usd', gte: '100000' },
      ],
      ['program', 'district', 'amount_usd'],
    );
    expect(rows.totalCount).toBeGreaterThan(0);
    expect(records).toEqual(
      rows.edges.map(({ node }) => ({
        program: node.values.program,
        district: String(node.values.district),
        amount_usd: String(node.values.amount_usd),
      })),
    );
  });

  it('JSON, signed in as staff alike', async () => {
    const analyst = await signInAs(stack.url, 'ANALYST');
    const response = await get(
      '/datasets/covid-19-cases/rows.json?cases.gt=50&select=zip,week_start,cases',
      analyst,
    );
    expect(response.status).toBe(200);
    const rows = (await response.json()) as { cases: number }[];
    const graph = await graphRows(
      'covid-19-cases',
      [{ column: 'cases', gt: '50' }],
      ['zip', 'week_start', 'cases'],
    );
    expect(rows.length).toBe(graph.totalCount);
    expect(rows.every((row) => row.cases > 50)).toBe(true);
  });

  it('GeoJSON: points inside the box asked for', async () => {
    const all = (await (
      await get('/datasets/covid-19-cases/rows.geojson?week_start=2020-03-02')
    ).json()) as {
      features: { geometry: { coordinates: [number, number] } }[];
    };
    expect(all.features.length).toBeGreaterThan(2);
    const lons = all.features.map((f) => f.geometry.coordinates[0]).sort((a, b) => a - b);
    const lats = all.features.map((f) => f.geometry.coordinates[1]).sort((a, b) => a - b);
    const box = [lons[0]!, lats[0]!, lons[Math.floor(lons.length / 2)]!, lats.at(-1)!];
    const response = await get(
      `/datasets/covid-19-cases/rows.geojson?week_start=2020-03-02&bbox=${box.join(',')}`,
    );
    expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const inBox = (await response.json()) as typeof all;
    const expected = all.features.filter(
      ({
        geometry: {
          coordinates: [lon, lat],
        },
      }) => lon >= box[0]! && lon <= box[2]! && lat >= box[1]! && lat <= box[3]!,
    );
    expect(inBox.features).toEqual(expected);
    expect(expected.length).toBeLessThan(all.features.length);
  });

  it('GeoJSON of a dataset without geometry is a 404 saying why', async () => {
    const response = await get('/datasets/community-investment/rows.geojson');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('no geometry');
  });
});

describe('revalidation and refusals', () => {
  it('a matching ETag is a 304 through the gateway', async () => {
    const path = '/datasets/covid-19-cases/rows.csv?zip.in=1,2';
    const first = await get('/datasets/covid-19-cases/rows.csv?select=zip');
    const etag = first.headers.get('etag')!;
    await first.arrayBuffer();
    expect(first.headers.get('last-modified')).toBeTruthy();
    const again = await get('/datasets/covid-19-cases/rows.csv?select=zip', {
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    const other = await get(path, { 'if-none-match': etag });
    expect(other.status).toBe(200);
    await other.arrayBuffer();
  });

  it.each([
    ['/datasets/covid-19-cases/rows.csv?cases=lots', 'cases'],
    ['/datasets/covid-19-cases/rows.csv?county=x', 'county'],
    ['/datasets/covid-19-cases/rows.json?week_start.gt=yesterday', 'week_start'],
  ])('%s is a 400 naming %s', async (path, argument) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_REQUEST', argument } }],
    });
  });
});
