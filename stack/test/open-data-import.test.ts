import { postGraphQL } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { query } from '../src/outbox-rows';
import { createPartnerKey, signInAs, startSeededStack } from '../src/testing';

// CSV import through the gateway, as the console's upload form would do it: an admin
// creates a dataset from a file, replaces and appends rows; a file with bad rows imports
// nothing; nobody else may; hostile files are refused, never a 500.

let stack: RunningStack;
let admin: Record<string, string>;
let departmentId: string;

interface Answer<Data> {
  status: number;
  data?: Data | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

function ask<Data = Record<string, unknown>>(
  headers: Record<string, string>,
  document: string,
  variables: Record<string, unknown> = {},
): Promise<Answer<Data>> {
  return postGraphQL<Data>(`${stack.url}/graphql`, document, variables, { headers }) as Promise<
    Answer<Data>
  >;
}

const CREATE = `mutation ($input: CreateDatasetInput!) {
  createDataset(input: $input) {
    rowsWritten
    columns { name type inferredType }
    dataset { id slug title publisher { id name } }
  }
}`;

const IMPORT = `mutation ($input: ImportDatasetRowsInput!) {
  importDatasetRows(input: $input) { rowsWritten dataset { slug } }
}`;

const INVESTMENT_CSV = [
  '\uFEFFProgram,District,Amount (USD),Awarded On,Longitude,Latitude',
  '"Parks, trails",1,250000,2026-03-01,-112.074,33.448',
  'Libraries,4,98000.5,2026-04-15,-112.1,33.51',
  'Youth jobs,7,,2026-05-30,,',
].join('\r\n');

function createInput(slug: string, csv: string, extra: Record<string, unknown> = {}) {
  return {
    slug,
    title: `Community investment ${slug}`,
    description: 'Funding by program and district',
    keywords: ['funding'],
    publisherDepartmentId: departmentId,
    contactName: 'Open Data Team',
    contactEmail: 'opendata@example.org',
    csv,
    ...extra,
  };
}

async function rowsOf(slug: string) {
  return (
    await query<{ row_key: string; values: Record<string, unknown>; lon: number | null }>(
      stack.databaseUrl,
      `select r.row_key, r.values, r.lon from datasets.dataset_rows r
       join datasets.datasets d on d.id = r.dataset_id
       where d.slug = $1 order by r.row_key::int`,
      [slug],
    )
  ).rows;
}

async function datasetCount(slug: string) {
  const { rows } = await query<{ n: number }>(
    stack.databaseUrl,
    'select count(*)::int as n from datasets.datasets where slug = $1',
    [slug],
  );
  return rows[0]!.n;
}

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 12, requests: 20, now: new Date('2026-11-20T15:00:00Z') },
  });
  admin = await signInAs(stack.url, 'ADMIN');
  const departments = await ask<{ departments: Array<{ id: string }> }>(
    admin,
    '{ departments { id } }',
  );
  departmentId = departments.data!.departments[0]!.id;
});

afterAll(async () => {
  await stack?.close();
});

describe('a good file', () => {
  it('creates a dataset: columns named and typed, rows stored, the dataset readable', async () => {
    const created = await ask<{ createDataset: Record<string, unknown> }>(admin, CREATE, {
      input: createInput('investment-good', INVESTMENT_CSV),
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createDataset).toMatchObject({
      rowsWritten: 3,
      columns: [
        { name: 'program', type: 'TEXT', inferredType: 'TEXT' },
        { name: 'district', type: 'INTEGER', inferredType: 'INTEGER' },
        { name: 'amount_usd', type: 'NUMBER', inferredType: 'NUMBER' },
        { name: 'awarded_on', type: 'DATE', inferredType: 'DATE' },
        { name: 'longitude', type: 'NUMBER', inferredType: 'NUMBER' },
        { name: 'latitude', type: 'NUMBER', inferredType: 'NUMBER' },
      ],
      dataset: { slug: 'investment-good', publisher: { id: departmentId } },
    });
    expect(await rowsOf('investment-good')).toEqual([
      {
        row_key: '1',
        values: {
          program: 'Parks, trails',
          district: 1,
          amount_usd: 250000,
          awarded_on: '2026-03-01',
          longitude: -112.074,
          latitude: 33.448,
        },
        lon: -112.074,
      },
      {
        row_key: '2',
        values: {
          program: 'Libraries',
          district: 4,
          amount_usd: 98000.5,
          awarded_on: '2026-04-15',
          longitude: -112.1,
          latitude: 33.51,
        },
        lon: -112.1,
      },
      {
        row_key: '3',
        values: {
          program: 'Youth jobs',
          district: 7,
          amount_usd: null,
          awarded_on: '2026-05-30',
          longitude: null,
          latitude: null,
        },
        lon: null,
      },
    ]);
    // Anyone reads the new dataset's metadata through the graph.
    const read = await ask<{ dataset: { title: string } | null }>(
      {},
      '{ dataset(slug: "investment-good") { title } }',
    );
    expect(read.data!.dataset).toEqual({ title: 'Community investment investment-good' });
  });

  it('refuses a slug in use and an unknown department, creating nothing more', async () => {
    const taken = await ask(admin, CREATE, {
      input: createInput('investment-good', INVESTMENT_CSV),
    });
    expect(taken.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.slug',
    });
    const unknown = await ask(admin, CREATE, {
      input: createInput('investment-nodept', INVESTMENT_CSV, {
        publisherDepartmentId: '00000000-0000-4000-8000-000000000000',
      }),
    });
    expect(unknown.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.publisherDepartmentId',
    });
    expect(await datasetCount('investment-nodept')).toBe(0);
  });

  it('lets one of several admins racing for a slug have it; the others get BAD_USER_INPUT', async () => {
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        ask(admin, CREATE, { input: createInput('investment-race', INVESTMENT_CSV) }),
      ),
    );
    expect(answers.filter((a) => a.errors === undefined)).toHaveLength(1);
    for (const refused of answers.filter((a) => a.errors !== undefined)) {
      expect(refused.status).toBeLessThan(500);
      expect(refused.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'input.slug',
      });
    }
    expect(await datasetCount('investment-race')).toBe(1);
  });
});

describe('a file with bad rows', () => {
  it('creates nothing and tells each bad row and column', async () => {
    const csv = [
      'zip,week,cases',
      '85001,2026-03-02,12',
      '85002,2026-03-09,twelve',
      '85003,2026-02-30,4',
    ].join('\n');
    const result = await ask(admin, CREATE, {
      input: createInput('covid-bad', csv, {
        columns: [
          { name: 'zip', type: 'TEXT' },
          { name: 'week', type: 'DATE' },
          { name: 'cases', type: 'INTEGER', description: 'New cases that week' },
        ],
      }),
    });
    expect(result.status).toBeLessThan(500);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.csv',
      errorCount: 2,
      rowErrors: [
        { row: 3, column: 'cases', message: '"twelve" is not a whole number' },
        { row: 4, column: 'week', message: '"2026-02-30" is not a date (YYYY-MM-DD)' },
      ],
    });
    expect(await datasetCount('covid-bad')).toBe(0);
  });
});

describe('replace and append', () => {
  it('replaces the rows, then appends more after them', async () => {
    const created = await ask<{ createDataset: { dataset: { id: string } } }>(admin, CREATE, {
      input: createInput('investment-later', INVESTMENT_CSV),
    });
    const datasetId = created.data!.createDataset.dataset.id;
    const replaced = await ask(admin, IMPORT, {
      input: {
        datasetId,
        mode: 'REPLACE',
        csv: 'Program,District,Amount (USD),Awarded On,Longitude,Latitude\nTransit,2,5,2026-06-01,,',
      },
    });
    expect(replaced.errors).toBeUndefined();
    expect((await rowsOf('investment-later')).map((r) => r.values.program)).toEqual(['Transit']);

    const appended = await ask(admin, IMPORT, {
      input: {
        datasetId,
        mode: 'APPEND',
        csv: 'program,district,amount_usd,awarded_on,longitude,latitude\nSidewalks,3,7,2026-07-01,,\nTrees,5,8,,,',
      },
    });
    expect(appended.errors).toBeUndefined();
    const rows = await rowsOf('investment-later');
    expect(rows.map((r) => [r.row_key, r.values.program])).toEqual([
      ['1', 'Transit'],
      ['2', 'Sidewalks'],
      ['3', 'Trees'],
    ]);
    const { rows: meta } = await query<{ row_count: number }>(
      stack.databaseUrl,
      'select row_count from datasets.datasets where id = $1',
      [datasetId],
    );
    expect(Number(meta[0]!.row_count)).toBe(3);
  });
});

describe('who may not', () => {
  it.each([
    ['ANALYST', 'FORBIDDEN'],
    ['DISPATCHER', 'FORBIDDEN'],
    ['SUPERVISOR', 'FORBIDDEN'],
  ] as const)('staff %s: %s, nothing created', async (role, code) => {
    const headers = await signInAs(stack.url, role);
    const slug = `refused-${role.toLowerCase()}`;
    const result = await ask(headers, CREATE, { input: createInput(slug, INVESTMENT_CSV) });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    expect(await datasetCount(slug)).toBe(0);
  });

  it('a partner with data:read: FORBIDDEN, for create, import and preview', async () => {
    const headers = {
      'x-api-key': await createPartnerKey(stack.url, ['DATA_READ', 'CATALOG_READ']),
    };
    const create = await ask(headers, CREATE, {
      input: createInput('refused-partner', INVESTMENT_CSV),
    });
    expect(create.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const imported = await ask(headers, IMPORT, {
      input: { datasetId: '00000000-0000-4000-8000-000000000000', mode: 'APPEND', csv: 'a\n1' },
    });
    expect(imported.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const preview = await ask(
      headers,
      '{ datasetImportPreview(input: { csv: "a\\n1" }) { rowCount } }',
    );
    expect(preview.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await datasetCount('refused-partner')).toBe(0);
  });

  it('anonymous: UNAUTHENTICATED', async () => {
    const result = await ask({}, CREATE, {
      input: createInput('refused-anonymous', INVESTMENT_CSV),
    });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(await datasetCount('refused-anonymous')).toBe(0);
  });
});

describe('hostile files through the gateway', () => {
  it.each([
    ['no header', ''],
    ['an unclosed quote', 'a,b\r\n"1,2'],
    ['only quotes', '""""\r\n""""'],
    ['a NUL', 'a\n\u0000'],
    ['headers that collide', 'Total,total\n1,2'],
    ['a huge cell', `a,b\n1,${'x'.repeat(20_000)}`],
  ])('%s: BAD_USER_INPUT, never a 500', async (name, csv) => {
    const slug = `hostile-${name.replace(/\W+/g, '-')}`;
    const result = await ask(admin, CREATE, { input: createInput(slug, csv) });
    expect(result.status).toBeLessThan(500);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await datasetCount(slug)).toBe(0);
  });

  it('a file over the gateway’s body limit is refused there (413), not a 500', async () => {
    const csv = `a\n${'1\n'.repeat(64 * 1024)}`;
    const result = await ask(admin, CREATE, { input: createInput('hostile-too-big', csv) });
    expect(result.status).toBe(413);
    expect(await datasetCount('hostile-too-big')).toBe(0);
  });
});
