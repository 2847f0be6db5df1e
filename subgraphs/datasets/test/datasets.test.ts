import type { DemoCity } from '@civicgraph/demo-city';
import { errorCodes } from '@civicgraph/platform/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ROW_DATASETS } from '../src/db/demo-rows';
import { type DatasetsHarness, startDatasetsHarness } from './harness';

let subgraph: DatasetsHarness;
let city: DemoCity;

beforeAll(async () => {
  subgraph = await startDatasetsHarness();
  city = subgraph.city;
});

afterAll(async () => {
  await subgraph?.close();
});

function query<T = Record<string, unknown>>(document: string, variables?: Record<string, unknown>) {
  return subgraph.query<T>(document, variables);
}

const DATASET_FIELDS = /* GraphQL */ `
  id slug title description keywords themes accrualPeriodicity accessLevel license
  issued modified publisher { id }
`;

describe('the catalog', () => {
  it('lists every dataset by title', async () => {
    const result = await query<{
      datasets: { edges: Array<{ node: { slug: string; title: string } }> };
    }>(`{ datasets { edges { node { slug title } } } }`);
    expect(result.errors).toBeUndefined();
    const datasets = result.data!.datasets.edges.map((e) => e.node);
    expect(city.datasets.length).toBeGreaterThan(1);
    // The uploaded demo datasets are in the catalog whether or not the city lists them
    // (demo-rows.ts adds their metadata when it does not).
    const slugs = new Set([...city.datasets, ...DEMO_ROW_DATASETS].map((d) => d.slug));
    expect(datasets.map((d) => d.slug).sort()).toEqual([...slugs].sort());
    const { rows } = await sql<{
      title: string;
    }>`select title from datasets order by title`.execute(subgraph.db);
    expect(datasets.map((d) => d.title)).toEqual(rows.map((r) => r.title));
  });

  it('returns a dataset by slug with its seeded values, defaults and publisher stub', async () => {
    const seed = city.datasets[1]!;
    const result = await query<{ dataset: Record<string, unknown> }>(
      `query ($slug: String) { dataset(slug: $slug) { ${DATASET_FIELDS} } }`,
      { slug: seed.slug },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.dataset).toEqual({
      id: seed.id,
      slug: seed.slug,
      title: seed.title,
      description: seed.description,
      keywords: seed.keywords,
      themes: seed.theme,
      accrualPeriodicity: seed.accrualPeriodicity,
      accessLevel: 'public',
      license: 'https://creativecommons.org/publicdomain/zero/1.0/',
      issued: seed.issued.toISOString(),
      modified: seed.modified.toISOString(),
      publisher: { id: seed.publisherDepartmentId },
    });
    expect(city.departments.map((d) => d.id)).toContain(seed.publisherDepartmentId);
  });

  it('returns a dataset by id, and null for an unknown slug or id', async () => {
    const seed = city.datasets[0]!;
    const result = await query<Record<string, { slug: string } | null>>(
      `query ($id: ID) {
        found: dataset(id: $id) { slug }
        noSlug: dataset(slug: "no-such-dataset") { slug }
        noId: dataset(id: "00000000-0000-4000-8000-000000000000") { slug }
      }`,
      { id: seed.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ found: { slug: seed.slug }, noSlug: null, noId: null });
  });

  it.each([
    ['a malformed id', `{ dataset(id: "17") { id } }`],
    [
      'both id and slug',
      `{ dataset(id: "00000000-0000-4000-8000-000000000000", slug: "x") { id } }`,
    ],
    ['neither id nor slug', `{ dataset { id } }`],
  ])('answers BAD_USER_INPUT to %s', async (_name, document) => {
    const result = await query(document);
    expect(result.status).toBeLessThan(500);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('federation', () => {
  it('resolves Dataset references by id', async () => {
    const seed = city.datasets[0]!;
    const result = await query<{ _entities: Array<{ slug: string } | null> }>(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Dataset { slug publisher { id } } }
      }`,
      {
        representations: [
          { __typename: 'Dataset', id: seed.id },
          { __typename: 'Dataset', id: 'not-a-uuid' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      { slug: seed.slug, publisher: { id: seed.publisherDepartmentId } },
      null,
    ]);
  });

  it('refers to Department by key only, leaving it to accounts to resolve', async () => {
    const result = await query<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
    expect(result.data!._service.sdl).toMatch(
      /type Department\s+@key\(fields: "id", resolvable: false\)/,
    );
  });
});
