import { permits } from '@civicgraph/platform';
import {
  CALLER_MATRIX,
  expectedRootOutcome,
  type RootFieldCase,
  rootFieldOutcome,
} from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatasetsHarness, startDatasetsHarness } from './harness';

let h: DatasetsHarness;

beforeAll(async () => {
  h = await startDatasetsHarness();
});

afterAll(async () => {
  await h?.close();
});

const ROOT_FIELDS: RootFieldCase[] = [
  {
    field: 'datasetRows',
    permission: 'datasets.rows.read',
    document: `{ datasetRows(dataset: "covid-19-cases", first: 2) {
      totalCount columns { name type description } edges { cursor node { key values } }
      pageInfo { hasNextPage endCursor } } }`,
  },
  {
    field: 'datasetAggregate',
    permission: 'datasets.rows.read',
    document: `{ datasetAggregate(dataset: "covid-19-cases", groupBy: ["zip"],
      measures: [{ function: SUM, column: "cases" }]) { key measures } }`,
  },
];

it('rows are public data: every caller holds datasets.rows.read', () => {
  expect(CALLER_MATRIX.every(({ caller }) => permits(caller, 'datasets.rows.read'))).toBe(true);
});

describe.each(CALLER_MATRIX)('as $name', ({ caller }) => {
  it.each(ROOT_FIELDS)('$field answers with $permission', async (c) => {
    expect(await rootFieldOutcome(h, caller, c)).toEqual(expectedRootOutcome(caller, c));
  });
});
