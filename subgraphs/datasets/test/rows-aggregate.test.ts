import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RowValues } from '../src/db/dataset-row.table';
import { type DatasetsHarness, startDatasetsHarness } from './harness';
import { addFixtureDataset, FIXTURE_ROWS } from './rows-fixture';

let h: DatasetsHarness;

beforeAll(async () => {
  h = await startDatasetsHarness();
  await addFixtureDataset(h.db, h.city.departments[0]!.id);
});

afterAll(async () => {
  await h?.close();
});

const AGGREGATE = `query ($dataset: String!, $where: [DatasetColumnFilter!], $groupBy: [String!],
  $measures: [DatasetMeasure!]!) {
  datasetAggregate(dataset: $dataset, where: $where, groupBy: $groupBy, measures: $measures) {
    key
    measures
  }
}`;

type Group = { key: Record<string, unknown>; measures: Record<string, number | null> };

async function aggregate(variables: Record<string, unknown>) {
  const result = await h.query<{ datasetAggregate: Group[] }>(AGGREGATE, {
    dataset: 'rows-fixture',
    ...variables,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.datasetAggregate;
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const numbers = (rows: { values: RowValues }[], column: string) =>
  rows.map((r) => r.values[column]).filter((v): v is number => typeof v === 'number');

const ALL_MEASURES = [
  { function: 'COUNT' },
  { function: 'COUNT', column: 'score' },
  { function: 'SUM', column: 'score' },
  { function: 'AVG', column: 'count' },
  { function: 'MEDIAN', column: 'score' },
  { function: 'MIN', column: 'day' },
  { function: 'MAX', column: 'count' },
];

function expectedMeasures(rows: { values: RowValues }[]) {
  const scores = numbers(rows, 'score');
  const counts = numbers(rows, 'count');
  const days = rows.map((r) => r.values.day).filter((d): d is string => typeof d === 'string');
  return {
    count: rows.length,
    count_score: scores.length,
    sum_score: scores.reduce((a, b) => a + b, 0),
    avg_count: counts.length ? counts.reduce((a, b) => a + b, 0) / counts.length : null,
    median_score: scores.length ? median(scores) : null,
    min_day: days.length ? days.sort()[0]! : null,
    max_count: counts.length ? Math.max(...counts) : null,
  };
}

it('measures all rows as one group without groupBy', async () => {
  const groups = await aggregate({ measures: ALL_MEASURES });
  expect(groups).toHaveLength(1);
  expect(groups[0]!.key).toEqual({});
  const expected = expectedMeasures(FIXTURE_ROWS);
  for (const [label, value] of Object.entries(expected)) {
    if (typeof value === 'number') expect(groups[0]!.measures[label]).toBeCloseTo(value, 9);
    else expect(groups[0]!.measures[label]).toEqual(value);
  }
});

it('groups by a column, in key order, empty values as their own group, filters applied', async () => {
  const groups = await aggregate({
    where: [{ column: 'count', gte: '0' }],
    groupBy: ['active'],
    measures: ALL_MEASURES,
  });
  const kept = FIXTURE_ROWS.filter(
    (r) => typeof r.values.count === 'number' && r.values.count >= 0,
  );
  const keys = [false, true, null];
  expect(groups.map((g) => g.key)).toEqual(keys.map((active) => ({ active })));
  for (const [i, active] of keys.entries()) {
    const expected = expectedMeasures(kept.filter((r) => r.values.active === active));
    for (const [label, value] of Object.entries(expected)) {
      if (typeof value === 'number') expect(groups[i]!.measures[label]).toBeCloseTo(value, 9);
      else expect(groups[i]!.measures[label]).toEqual(value);
    }
  }
});

it('sums the demo investment by district as the rows add up', async () => {
  const groups = await aggregate({
    dataset: 'community-investment',
    where: [{ column: 'fiscal_year', eq: '2024' }],
    groupBy: ['district'],
    measures: [{ function: 'SUM', column: 'amount_usd' }, { function: 'COUNT' }],
  });
  const rows = await h.db
    .selectFrom('datasetRows')
    .innerJoin('datasets', 'datasets.id', 'datasetRows.datasetId')
    .select('values')
    .where('datasets.slug', '=', 'community-investment')
    .execute();
  const byDistrict = new Map<number, number>();
  for (const { values } of rows) {
    if (values.fiscal_year !== 2024) continue;
    const district = values.district as number;
    byDistrict.set(district, (byDistrict.get(district) ?? 0) + (values.amount_usd as number));
  }
  expect(groups.map((g) => g.key.district)).toEqual([...byDistrict.keys()].sort((a, b) => a - b));
  for (const group of groups) {
    expect(group.measures.sum_amount_usd).toBeCloseTo(
      byDistrict.get(group.key.district as number)!,
      4,
    );
  }
});

it.each([
  ['SUM of a text column', { measures: [{ function: 'SUM', column: 'name' }] }, 'name'],
  ['MEDIAN of a date', { measures: [{ function: 'MEDIAN', column: 'day' }] }, 'day'],
  ['MAX of a boolean', { measures: [{ function: 'MAX', column: 'active' }] }, 'active'],
  ['an unknown measured column', { measures: [{ function: 'AVG', column: 'ghost' }] }, 'ghost'],
  ['an unknown group column', { groupBy: ['ghost'], measures: [{ function: 'COUNT' }] }, 'ghost'],
  ['SUM without a column', { measures: [{ function: 'SUM' }] }, 'measures'],
  ['no measures', { measures: [] }, 'measures'],
  [
    'a bad filter',
    { where: [{ column: 'count', lt: 'x' }], measures: [{ function: 'COUNT' }] },
    'count',
  ],
])('%s is BAD_USER_INPUT naming %s', async (_name, variables, argument) => {
  const result = await h.query(AGGREGATE, { dataset: 'rows-fixture', ...variables });
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
});
