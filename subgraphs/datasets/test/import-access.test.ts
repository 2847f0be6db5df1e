import {
  CALLER_MATRIX,
  expectedRootOutcome,
  type RootFieldCase,
  rootFieldOutcome,
} from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatasetsHarness, startDatasetsHarness } from './harness';
import { seedUploadedDataset } from './import-fixtures';

// Who may import: ADMIN alone (datasets.manage); everyone else is refused before any SQL.

let h: DatasetsHarness;
let datasetId: string;

beforeAll(async () => {
  h = await startDatasetsHarness();
  datasetId = await seedUploadedDataset(h.db, 'access-funding', h.city.departments[0]!.id);
});

afterAll(async () => {
  await h?.close();
});

const APPENDED =
  'program,district,amount,approved,start_date,longitude,latitude\nRoads,3,10,true,,,';

const ROOT_FIELDS: RootFieldCase[] = [
  {
    field: 'datasetImportPreview',
    permission: 'datasets.manage',
    document: `query ($input: DatasetImportPreviewInput!) {
      datasetImportPreview(input: $input) { rowCount errorCount columns { name type } }
    }`,
    variables: () => ({ input: { csv: APPENDED, appendTo: datasetId } }),
  },
  {
    field: 'importDatasetRows',
    permission: 'datasets.manage',
    document: `mutation ($input: ImportDatasetRowsInput!) {
      importDatasetRows(input: $input) { rowsWritten dataset { slug } }
    }`,
    variables: () => ({ input: { datasetId, mode: 'APPEND', csv: APPENDED } }),
  },
  {
    field: 'createDataset',
    permission: 'datasets.manage',
    // Refused before accounts is asked: this harness has no accounts peer, so only the
    // refusals are checked here (stack/test/open-data-import.test.ts creates for real).
    document: `mutation ($input: CreateDatasetInput!) { createDataset(input: $input) { rowsWritten } }`,
    variables: () => ({
      input: {
        slug: 'refused',
        title: 'Refused',
        description: '',
        publisherDepartmentId: h.city.departments[0]!.id,
        contactName: 'x',
        contactEmail: 'x@example.org',
        csv: APPENDED,
      },
    }),
  },
];

describe.each(CALLER_MATRIX)('as $name', ({ caller }) => {
  it.each(ROOT_FIELDS)('$field answers only with $permission', async (c) => {
    const expected = expectedRootOutcome(caller, c);
    const outcome = await rootFieldOutcome(h, caller, c);
    if (c.field === 'createDataset' && expected.answered) {
      // ADMIN: past the access check, stopped at accounts (no peer here), nothing written.
      expect(outcome.refusals).toEqual([{ code: 'PEER_UNAVAILABLE', path: 'createDataset' }]);
      const created = await h.db.selectFrom('datasets').select('id').where('slug', '=', 'refused');
      expect(await created.execute()).toEqual([]);
      return;
    }
    expect(outcome).toEqual(expected);
  });
});

it('only ADMIN holds datasets.manage', () => {
  const holders = CALLER_MATRIX.filter(({ caller }) =>
    ROOT_FIELDS.some((c) => expectedRootOutcome(caller, c).answered),
  ).map(({ name }) => name);
  expect(holders).toEqual(['staff ADMIN']);
});
