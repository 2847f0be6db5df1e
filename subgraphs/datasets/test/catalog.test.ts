import type { DemoCity } from '@civicgraph/demo-city';
import { ANONYMOUS, PUBLIC_ORIGIN_HEADER } from '@civicgraph/platform';
import { errorCodes, postAsCaller } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRows } from '../src/rows/row-writer';
import { type DatasetsHarness, startDatasetsHarness } from './harness';

// The catalog in the graph: the connection with its search, keyword and pages; one
// dataset's DCAT-US description, its data dictionary and its distributions.

let h: DatasetsHarness;
let city: DemoCity;

beforeAll(async () => {
  h = await startDatasetsHarness();
  city = h.city;
});

afterAll(async () => {
  await h?.close();
});

interface Page {
  datasets: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { slug: string; title: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const PAGE = /* GraphQL */ `
  query ($search: String, $keyword: String, $first: Int, $after: String) {
    datasets(search: $search, keyword: $keyword, first: $first, after: $after) {
      totalCount
      edges { cursor node { slug title } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

async function page(variables: Record<string, unknown>) {
  const result = await h.query<Page>(PAGE, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.datasets;
}

async function slugsFound(variables: Record<string, unknown>) {
  const found = await page(variables);
  expect(found.totalCount).toBe(found.edges.length);
  return found.edges.map((e) => e.node.slug).sort();
}

const seedOf = (slug: string) => city.datasets.find((d) => d.slug === slug)!;

describe('the demo catalog', () => {
  it('holds the five datasets of the open data slices, each from its source', () => {
    expect(city.datasets.map((d) => [d.slug, d.source]).sort()).toEqual([
      ['311-performance', 'LIVE'],
      ['311-service-requests', 'LIVE'],
      ['assets-inventory', 'GRAPH'],
      ['community-investment', 'UPLOADED'],
      ['covid-19-cases', 'UPLOADED'],
    ]);
  });
});

describe('datasets', () => {
  it('pages through the whole catalog by title, each dataset once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const found = await page({ first: 2, after });
      expect(found.totalCount).toBe(city.datasets.length);
      expect(found.edges.length).toBeLessThanOrEqual(2);
      seen.push(...found.edges.map((e) => e.node.title));
      if (!found.pageInfo.hasNextPage) break;
      after = found.pageInfo.endCursor;
    }
    const titles = city.datasets.map((d) => d.title);
    expect(seen).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('searches titles, descriptions and keywords, ignoring case', async () => {
    // In a title only, written otherwise.
    expect(await slugsFound({ search: 'covid-19 CASES' })).toEqual(['covid-19-cases']);
    // In a description only.
    expect(await slugsFound({ search: 'snapped to the block' })).toEqual(['311-service-requests']);
    // In a keyword only (not in the title or the description).
    const grants = seedOf('community-investment');
    expect(`${grants.title} ${grants.description}`.toLowerCase()).not.toContain('grants');
    expect(await slugsFound({ search: 'Grants' })).toEqual(['community-investment']);
    expect(await slugsFound({ search: 'no dataset says this' })).toEqual([]);
  });

  it('takes LIKE wildcards in a search literally', async () => {
    expect(await slugsFound({ search: '%' })).toEqual([]);
    expect(await slugsFound({ search: '_' })).toEqual([]);
    expect(await slugsFound({ search: 'covid\\' })).toEqual([]);
  });

  it('narrows to a whole keyword, ignoring case, and combines it with a search', async () => {
    expect(await slugsFound({ keyword: '311' })).toEqual([
      '311-performance',
      '311-service-requests',
    ]);
    expect(await slugsFound({ keyword: 'zip CODE' })).toEqual(['covid-19-cases']);
    expect(await slugsFound({ keyword: 'zip' })).toEqual([]);
    expect(await slugsFound({ keyword: '311', search: 'median' })).toEqual(['311-performance']);
  });

  it('counts every match while giving one page of them', async () => {
    const found = await page({ keyword: '311', first: 1 });
    expect(found.totalCount).toBe(2);
    expect(found.edges).toHaveLength(1);
    expect(found.pageInfo.hasNextPage).toBe(true);
    const rest = await page({ keyword: '311', first: 1, after: found.pageInfo.endCursor });
    expect(rest.edges.map((e) => e.node.slug)).not.toEqual(found.edges.map((e) => e.node.slug));
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    ['search', { search: '' }],
    ['search', { search: '   ' }],
    ['search', { search: 'x'.repeat(201) }],
    ['search', { search: 'nul\u0000here' }],
    ['keyword', { keyword: ' ' }],
    ['first', { first: -1 }],
    ['first', { first: 501 }],
    ['after', { after: 'not-a-cursor' }],
    ['after', { after: Buffer.from('["a"]').toString('base64url') }],
  ])('answers BAD_USER_INPUT naming %s for %j', async (argument, variables) => {
    const result = await h.query(PAGE, variables);
    expect(result.status).toBeLessThan(500);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(result.errors)).toContain(argument);
  });
});

const DESCRIPTION = /* GraphQL */ `
  query ($slug: String) {
    dataset(slug: $slug) {
      id slug source publisherName publisher { id }
      contactPoint { name email } landingPage spatial temporal accessLevel license
      accrualPeriodicity themes keywords rowCount rowsModified modified
      columns { name type description }
      distributions { title description format mediaType downloadURL accessURL conformsTo }
    }
  }
`;

interface Described {
  id: string;
  slug: string;
  source: string;
  publisherName: string;
  publisher: { id: string };
  contactPoint: { name: string; email: string };
  landingPage: string | null;
  spatial: string | null;
  temporal: string | null;
  rowCount: number;
  rowsModified: string | null;
  modified: string;
  columns: Array<{ name: string; type: string; description: string }>;
  distributions: Array<{
    format: string;
    mediaType: string | null;
    downloadURL: string | null;
    accessURL: string | null;
  }>;
}

async function describeDataset(slug: string) {
  const result = await h.query<{ dataset: Described | null }>(DESCRIPTION, { slug });
  expect(result.errors).toBeUndefined();
  return result.data!.dataset!;
}

describe('dataset', () => {
  it('gives every DCAT-US item of a dataset found by slug', async () => {
    const seed = seedOf('covid-19-cases');
    const department = city.departments.find((d) => d.id === seed.publisherDepartmentId)!;
    const dataset = await describeDataset(seed.slug);
    expect(dataset).toMatchObject({
      id: seed.id,
      source: 'UPLOADED',
      publisherName: department.name.en,
      publisher: { id: department.id },
      contactPoint: { name: seed.contactName, email: seed.contactEmail },
      landingPage: seed.landingPage,
      spatial: city.profile.bbox.join(','),
      temporal: '2020-03-01/2023-05-13',
      accessLevel: 'public',
      accrualPeriodicity: 'R/P1W',
    });
    expect(dataset.contactPoint.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
  });

  it('offers CSV, JSON and the API, root-relative without an origin, and GeoJSON only with a point', async () => {
    const flat = await describeDataset('community-investment');
    expect(flat.distributions).toEqual(
      [
        {
          format: 'CSV',
          mediaType: 'text/csv',
          downloadURL: '/datasets/community-investment/rows.csv',
          accessURL: null,
        },
        {
          format: 'JSON',
          mediaType: 'application/json',
          downloadURL: '/datasets/community-investment/rows.json',
          accessURL: null,
        },
        { format: 'API', mediaType: null, downloadURL: null, accessURL: '/graphql' },
      ].map((d) => expect.objectContaining(d)),
    );

    await h.db
      .insertInto('datasetColumns')
      .values([
        { datasetId: seedOf('assets-inventory').id, position: 2, name: 'latitude', type: 'number' },
        {
          datasetId: seedOf('assets-inventory').id,
          position: 0,
          name: 'tag',
          type: 'text',
          description: 'Asset tag',
        },
        {
          datasetId: seedOf('assets-inventory').id,
          position: 1,
          name: 'longitude',
          type: 'number',
        },
        // A "longitude" that is text is no point.
        { datasetId: seedOf('311-performance').id, position: 0, name: 'longitude', type: 'text' },
        { datasetId: seedOf('311-performance').id, position: 1, name: 'latitude', type: 'number' },
      ])
      .execute();
    const mapped = await describeDataset('assets-inventory');
    expect(mapped.columns).toEqual([
      { name: 'tag', type: 'TEXT', description: 'Asset tag' },
      { name: 'longitude', type: 'NUMBER', description: '' },
      { name: 'latitude', type: 'NUMBER', description: '' },
    ]);
    expect(mapped.distributions.map((d) => d.format)).toEqual(['CSV', 'JSON', 'GeoJSON', 'API']);
    expect(mapped.distributions[2]).toMatchObject({
      mediaType: 'application/geo+json',
      downloadURL: '/datasets/assets-inventory/rows.geojson',
    });
    const unmapped = await describeDataset('311-performance');
    expect(unmapped.distributions.map((d) => d.format)).toEqual(['CSV', 'JSON', 'API']);
  });

  it('writes its URLs absolute on the origin the gateway names, and ignores one that is no origin', async () => {
    const distributionsAt = async (origin: string) => {
      const result = await postAsCaller<{ dataset: Described }>(
        h.running.url,
        'datasets',
        // Anyone may read them: the origin is not the caller's to gain anything by.
        ANONYMOUS,
        DESCRIPTION,
        { slug: 'community-investment' },
        { [PUBLIC_ORIGIN_HEADER]: origin },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.dataset.distributions.map((d) => d.downloadURL ?? d.accessURL);
    };
    expect(await distributionsAt('https://Data.City.example:8443')).toEqual([
      'https://data.city.example:8443/datasets/community-investment/rows.csv',
      'https://data.city.example:8443/datasets/community-investment/rows.json',
      'https://data.city.example:8443/graphql',
    ]);
    expect(await distributionsAt('https://evil.example/phish')).toEqual([
      '/datasets/community-investment/rows.csv',
      '/datasets/community-investment/rows.json',
      '/graphql',
    ]);
    // The same request without the header, right after: nothing carried over.
    const plain = await describeDataset('community-investment');
    expect(plain.distributions.every((d) => (d.downloadURL ?? d.accessURL)!.startsWith('/'))).toBe(
      true,
    );
  });

  it('counts rows as the row writer keeps them', async () => {
    const seed = seedOf('community-investment');
    const before = (await describeDataset(seed.slug)).rowCount;
    await h.db.transaction().execute((trx) =>
      writeRows(trx, seed.id, {
        upsert: [
          { key: 'catalog-test-1', values: { program: 'Parks' } },
          { key: 'catalog-test-2', values: { program: 'Housing' } },
          { key: 'catalog-test-3', values: { program: 'Streets' } },
        ],
      }),
    );
    const dataset = await describeDataset(seed.slug);
    expect(dataset.rowCount).toBe(before + 3);
    expect(dataset.rowsModified).not.toBeNull();
    expect(dataset.modified).toBe(dataset.rowsModified);
  });

  it('reads the columns and distributions of a whole page in a fixed number of statements', async () => {
    const document = `{ datasets(first: 50) { edges { node {
      slug columns { name } distributions { format downloadURL } } } } }`;
    // Catalog page, columns for the columns field, columns for the distributions.
    const statements = await h.statementsFor(document);
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(3);
  });
});
