import { permits } from '@civicgraph/platform';
import {
  CALLER_MATRIX,
  expectedRootOutcome,
  type RootFieldCase,
  refusalsOf,
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

const sampleDataset = () => h.city.datasets[0]!;

const ROOT_FIELDS: RootFieldCase[] = [
  {
    field: 'datasets',
    permission: 'datasets.read',
    document: '{ datasets { totalCount edges { node { slug title license publisher { id } } } } }',
  },
  {
    field: 'dataset',
    permission: 'datasets.read',
    document: `query ($slug: String) { dataset(slug: $slug) {
      slug publisher { id } publisherName contactPoint { name email } source spatial temporal
      landingPage rowCount rowsModified columns { name type } distributions { format downloadURL }
    } }`,
    variables: () => ({ slug: sampleDataset().slug }),
  },
];

it('dataset metadata is public: every caller holds datasets.read', () => {
  // The matrix below then checks that every one of them is answered.
  expect(CALLER_MATRIX.every(({ caller }) => permits(caller, 'datasets.read'))).toBe(true);
});

describe.each(CALLER_MATRIX)('as $name', ({ caller }) => {
  it.each(ROOT_FIELDS)('$field answers with $permission', async (c) => {
    expect(await rootFieldOutcome(h, caller, c)).toEqual(expectedRootOutcome(caller, c));
  });

  it('_entities resolves a Dataset', async () => {
    const dataset = sampleDataset();
    const result = await h.queryAs<{ _entities: unknown[] }>(
      caller,
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Dataset { slug publisher { id } } }
      }`,
      { representations: [{ __typename: 'Dataset', id: dataset.id }] },
    );
    expect(refusalsOf(result)).toEqual([]);
    expect(result.data!._entities).toEqual([
      { slug: dataset.slug, publisher: { id: dataset.publisherDepartmentId } },
    ]);
  });
});
