import { errorCodes, staffCaller } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS } from '../src/import/csv-table';
import { type DatasetsHarness, startDatasetsHarness } from './harness';
import { FUNDING_CSV, seedUploadedDataset, storedRows } from './import-fixtures';

// Replacing and appending an uploaded dataset's rows through the graph, as an admin:
// what is stored, what a bad file leaves (nothing), what hostile files get (never a 500).

let h: DatasetsHarness;
const ADMIN = staffCaller('ADMIN');
let slugs = 0;

beforeAll(async () => {
  h = await startDatasetsHarness();
});

afterAll(async () => {
  await h?.close();
});

async function freshDataset() {
  slugs += 1;
  return seedUploadedDataset(h.db, `funding-${slugs}`, h.city.departments[0]!.id);
}

const IMPORT = `mutation ($input: ImportDatasetRowsInput!) {
  importDatasetRows(input: $input) { rowsWritten columns { name type inferredType } dataset { id } }
}`;

interface ImportAnswer {
  importDatasetRows: { rowsWritten: number; columns: Array<{ name: string; type: string }> } | null;
}

function importRows(input: Record<string, unknown>) {
  return h.queryAs<ImportAnswer>(ADMIN, IMPORT, { input });
}

async function metadataOf(datasetId: string) {
  return h.db
    .selectFrom('datasets')
    .select(['rowCount', 'modified', 'source'])
    .where('id', '=', datasetId)
    .executeTakeFirstOrThrow();
}

describe('replace', () => {
  it('replaces rows and columns with the file’s', async () => {
    const id = await freshDataset();
    const result = await importRows({
      datasetId: id,
      mode: 'REPLACE',
      csv: 'ZIP,Week,Cases\n85001,2026-03-02,12\n85002,2026-03-02,',
      columns: [{ name: 'zip', type: 'TEXT' }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.importDatasetRows).toMatchObject({
      rowsWritten: 2,
      columns: [
        { name: 'zip', type: 'TEXT', inferredType: 'INTEGER' },
        { name: 'week', type: 'DATE', inferredType: 'DATE' },
        { name: 'cases', type: 'INTEGER', inferredType: 'INTEGER' },
      ],
    });
    expect((await storedRows(h.db, id)).map((r) => [r.rowKey, r.values, r.lon])).toEqual([
      ['1', { zip: '85001', week: '2026-03-02', cases: 12 }, null],
      ['2', { zip: '85002', week: '2026-03-02', cases: null }, null],
    ]);
    const columns = await h.db
      .selectFrom('datasetColumns')
      .select(['name', 'type'])
      .where('datasetId', '=', id)
      .orderBy('position')
      .execute();
    expect(columns).toEqual([
      { name: 'zip', type: 'text' },
      { name: 'week', type: 'date' },
      { name: 'cases', type: 'integer' },
    ]);
    expect(Number((await metadataOf(id)).rowCount)).toBe(2);
  });
});

describe('append', () => {
  it('adds rows after the dataset’s, typed by its columns, whatever the header order', async () => {
    const id = await freshDataset();
    const result = await importRows({
      datasetId: id,
      mode: 'APPEND',
      csv: 'latitude,longitude,program,district,amount,approved,start_date\n33.6,-112.2,Roads,3,99,TRUE,2026-04-01',
    });
    expect(result.errors).toBeUndefined();
    const rows = await storedRows(h.db, id);
    expect(rows.map((r) => r.rowKey)).toEqual(['1', '2', '3']);
    expect(rows[2]).toEqual({
      rowKey: '3',
      values: {
        program: 'Roads',
        district: 3,
        amount: 99,
        approved: true,
        start_date: '2026-04-01',
        longitude: -112.2,
        latitude: 33.6,
      },
      lon: -112.2,
      lat: 33.6,
    });
    expect(Number((await metadataOf(id)).rowCount)).toBe(3);
  });

  it('refuses a header with other columns, naming them, and writes nothing', async () => {
    const id = await freshDataset();
    const result = await importRows({ datasetId: id, mode: 'APPEND', csv: 'program,budget\nx,1' });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.message).toMatch(/lacks district.*budget/);
    expect(result.errors![0]!.extensions).toMatchObject({ argument: 'input.csv' });
    expect(await storedRows(h.db, id)).toHaveLength(2);
  });

  it('refuses type overrides (the dataset’s types hold)', async () => {
    const id = await freshDataset();
    const result = await importRows({
      datasetId: id,
      mode: 'APPEND',
      csv: FUNDING_CSV,
      columns: [{ name: 'program', type: 'INTEGER' }],
    });
    expect(result.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.columns',
    });
  });
});

describe('a file with bad rows', () => {
  it('imports nothing and names each bad row and column', async () => {
    const id = await freshDataset();
    const before = await storedRows(h.db, id);
    const { modified } = await metadataOf(id);
    const result = await importRows({
      datasetId: id,
      mode: 'APPEND',
      csv: [
        'program,district,amount,approved,start_date,longitude,latitude',
        'Good,1,1,true,2026-01-01,-112,33',
        'Bad,one,1,maybe,2026-13-01,-112,33',
        'Short,1',
      ].join('\n'),
    });
    expect(result.data?.importDatasetRows ?? null).toBeNull();
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.extensions).toMatchObject({
      argument: 'input.csv',
      errorCount: 4,
      rowErrors: [
        { row: 3, column: 'district', message: '"one" is not a whole number' },
        { row: 3, column: 'approved', message: '"maybe" is not true or false' },
        { row: 3, column: 'start_date', message: '"2026-13-01" is not a date (YYYY-MM-DD)' },
        { row: 4, column: null, message: 'The row has 2 cells; the header names 7 columns' },
      ],
    });
    // The good row was not written either, and the dataset did not change.
    expect(await storedRows(h.db, id)).toEqual(before);
    expect((await metadataOf(id)).modified).toEqual(modified);
  });
});

describe('refusals', () => {
  it('refuses rows for a dataset another source keeps', async () => {
    const id = await freshDataset();
    await h.db.updateTable('datasets').set({ source: 'LIVE' }).where('id', '=', id).execute();
    const result = await importRows({ datasetId: id, mode: 'REPLACE', csv: FUNDING_CSV });
    expect(result.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.datasetId',
    });
  });

  it('answers NOT_FOUND for an unknown dataset and BAD_USER_INPUT for a malformed id', async () => {
    const unknown = await importRows({
      datasetId: '00000000-0000-4000-8000-000000000000',
      mode: 'REPLACE',
      csv: FUNDING_CSV,
    });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    const malformed = await importRows({ datasetId: '7', mode: 'REPLACE', csv: FUNDING_CSV });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('a new dataset’s metadata', () => {
  it.each([
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'ftp://example.org/data',
    'not a url',
  ])('refuses the landing page %s before anything is written', async (landingPage) => {
    const result = await h.queryAs(
      ADMIN,
      `mutation ($input: CreateDatasetInput!) { createDataset(input: $input) { rowsWritten } }`,
      {
        input: {
          slug: 'bad-landing-page',
          title: 'Bad landing page',
          description: '',
          publisherDepartmentId: h.city.departments[0]!.id,
          contactName: 'Open Data Team',
          contactEmail: 'opendata@example.org',
          landingPage,
          csv: FUNDING_CSV,
        },
      },
    );
    expect(result.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.landingPage',
    });
    const created = await h.db
      .selectFrom('datasets')
      .select('id')
      .where('slug', '=', 'bad-landing-page')
      .execute();
    expect(created).toEqual([]);
  });
});

describe('hostile files', () => {
  it.each([
    ['no header', ''],
    ['only a BOM', '\uFEFF'],
    ['an unclosed quote', 'a,b\r\n"1,2\r\n'],
    ['a stray quote', 'a,b\n1,x"y"z'],
    ['a NUL', 'a,b\n1,\u0000'],
    ['duplicate headers', 'a,A\n1,2'],
    ['a huge cell', `a,b\n1,${'x'.repeat(MAX_CELL_CHARS * 3)}`],
    ['a ragged file', 'a\n1,2,3\n\n4'],
    ['a header of quotes', '"""",""""""\n1,2'],
  ])('%s: BAD_USER_INPUT naming the CSV, never a 500, nothing written', async (_name, csv) => {
    const id = await freshDataset();
    const before = await storedRows(h.db, id);
    const result = await importRows({ datasetId: id, mode: 'REPLACE', csv });
    expect(result.status).toBeLessThan(500);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.extensions).toMatchObject({ argument: 'input.csv' });
    expect(await storedRows(h.db, id)).toEqual(before);
  });

  it('previews a hostile file the same way', async () => {
    const result = await h.queryAs(
      ADMIN,
      'query ($csv: String!) { datasetImportPreview(input: { csv: $csv }) { rowCount } }',
      { csv: 'a,b\n"1,2' },
    );
    expect(result.status).toBeLessThan(500);
    expect(result.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.csv',
    });
  });

  it('previews errors as data, writing nothing', async () => {
    const before = await h.db.selectFrom('datasets').select('id').execute();
    const result = await h.queryAs<{
      datasetImportPreview: { rowCount: number; errorCount: number; errors: unknown[] };
    }>(
      ADMIN,
      `query ($input: DatasetImportPreviewInput!) {
        datasetImportPreview(input: $input) { rowCount errorCount errors { row column message } }
      }`,
      { input: { csv: 'n,d\n1,2026-01-01\n2,x', columns: [{ name: 'd', type: 'DATE' }] } },
    );
    expect(result.data!.datasetImportPreview).toEqual({
      rowCount: 2,
      errorCount: 1,
      errors: [{ row: 3, column: 'd', message: '"x" is not a date (YYYY-MM-DD)' }],
    });
    expect(await h.db.selectFrom('datasets').select('id').execute()).toHaveLength(before.length);
  });
});
