import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const ROWS_QUERY = `query ($dataset: String!, $where: [DatasetColumnFilter!], $bbox: BBoxInput,
  $select: [String!], $orderBy: DatasetRowOrder, $first: Int, $after: String) {
  datasetRows(dataset: $dataset, where: $where, bbox: $bbox, select: $select,
    orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    columns { name type }
    edges { cursor node { key values } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface RowsAnswer {
  datasetRows: {
    totalCount: number;
    columns: { name: string; type: string }[];
    edges: { cursor: string; node: { key: string; values: RowValues } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  } | null;
}

async function rows(variables: Record<string, unknown>) {
  const result = await h.query<RowsAnswer>(ROWS_QUERY, {
    dataset: 'rows-fixture',
    first: 100,
    ...variables,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.datasetRows!;
}

async function keysWhere(where: unknown) {
  const page = await rows({ where });
  expect(page.totalCount).toBe(page.edges.length);
  return page.edges.map((edge) => edge.node.key);
}

const keysOf = (keep: (values: RowValues) => boolean) =>
  FIXTURE_ROWS.filter((row) => keep(row.values)).map((row) => row.key);

const num = (value: unknown) => (typeof value === 'number' ? value : null);
const time = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : null);

describe('filters', () => {
  it.each([
    ['text eq', { column: 'name', eq: 'Elm' }, (v: RowValues) => v.name === 'Elm'],
    [
      'text in',
      { column: 'name', in: ['Elm', 'Cedar', 'nothing'] },
      (v: RowValues) => v.name === 'Elm' || v.name === 'Cedar',
    ],
    [
      'text contains, case-insensitive',
      { column: 'name', contains: 'OAK' },
      (v: RowValues) => typeof v.name === 'string' && v.name.toLowerCase().includes('oak'),
    ],
    [
      'text contains takes % and _ literally',
      { column: 'name', contains: '50%' },
      (v: RowValues) => v.name === 'Pine 50% off',
    ],
    [
      'text contains _ literally',
      { column: 'name', contains: 'e_l' },
      (v: RowValues) => v.name === 'Maple_Lane',
    ],
    ['integer eq', { column: 'count', eq: '5' }, (v: RowValues) => v.count === 5],
    [
      'integer in',
      { column: 'count', in: ['0', '100'] },
      (v: RowValues) => v.count === 0 || v.count === 100,
    ],
    ['integer gt', { column: 'count', gt: '7' }, (v: RowValues) => (num(v.count) ?? -1e9) > 7],
    ['integer gte', { column: 'count', gte: '7' }, (v: RowValues) => (num(v.count) ?? -1e9) >= 7],
    ['integer lt', { column: 'count', lt: '5' }, (v: RowValues) => (num(v.count) ?? 1e9) < 5],
    ['integer lte', { column: 'count', lte: '5' }, (v: RowValues) => (num(v.count) ?? 1e9) <= 5],
    [
      'number range',
      { column: 'score', gte: '1.5', lt: '4.5' },
      (v: RowValues) => (num(v.score) ?? -1) >= 1.5 && (num(v.score) ?? 99) < 4.5,
    ],
    ['number eq', { column: 'score', eq: '4.50' }, (v: RowValues) => v.score === 4.5],
    ['boolean eq', { column: 'active', eq: 'false' }, (v: RowValues) => v.active === false],
    [
      'boolean in',
      { column: 'active', in: ['true', 'false'] },
      (v: RowValues) => typeof v.active === 'boolean',
    ],
    ['date eq', { column: 'day', eq: '2026-01-05' }, (v: RowValues) => v.day === '2026-01-05'],
    [
      'date range',
      { column: 'day', gt: '2026-01-05', lte: '2026-04-01' },
      (v: RowValues) => typeof v.day === 'string' && v.day > '2026-01-05' && v.day <= '2026-04-01',
    ],
    [
      'datetime compares instants, whatever the offset',
      { column: 'at', lt: '2026-01-01T04:30:00Z' },
      (v: RowValues) => (time(v.at) ?? Infinity) < Date.parse('2026-01-01T04:30:00Z'),
    ],
    [
      'datetime gte',
      { column: 'at', gte: '2026-01-20T08:00:00Z' },
      (v: RowValues) => (time(v.at) ?? -Infinity) >= Date.parse('2026-01-20T08:00:00Z'),
    ],
  ])('%s', async (_name, filter, keep) => {
    const expected = keysOf(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(await keysWhere([filter])).toEqual(expected);
  });

  it('ANDs filters on several columns', async () => {
    const expected = keysOf((v) => v.active === true && (num(v.count) ?? 0) >= 7);
    expect(
      await keysWhere([
        { column: 'active', eq: 'true' },
        { column: 'count', gte: '7' },
      ]),
    ).toEqual(expected);
  });

  it('bbox keeps rows whose point lies in the box, edges included', async () => {
    const box = { west: -112.1, south: 33.4, east: -112.0, north: 33.5 };
    const expected = keysOf(
      (v) =>
        typeof v.longitude === 'number' &&
        typeof v.latitude === 'number' &&
        v.longitude >= box.west &&
        v.longitude <= box.east &&
        v.latitude >= box.south &&
        v.latitude <= box.north,
    );
    expect(expected.length).toBeGreaterThan(1);
    const page = await rows({ bbox: box });
    expect(page.edges.map((e) => e.node.key)).toEqual(expected);
  });
});

describe('select and order', () => {
  it('answers the selected columns only, in the order asked', async () => {
    const page = await rows({ select: ['score', 'name'], first: 2 });
    expect(page.columns).toEqual([
      { name: 'score', type: 'NUMBER' },
      { name: 'name', type: 'TEXT' },
    ]);
    expect(page.edges[0]!.node.values).toEqual({
      score: FIXTURE_ROWS[0]!.values.score,
      name: FIXTURE_ROWS[0]!.values.name,
    });
  });

  it.each(['ASC', 'DESC'] as const)(
    'orders by a column %s, empty values last, ties by key, across pages',
    async (direction) => {
      const withScore = FIXTURE_ROWS.filter((r) => r.values.score !== null);
      const sign = direction === 'ASC' ? 1 : -1;
      const expected = [
        ...withScore
          .sort(
            (a, b) =>
              sign * ((a.values.score as number) - (b.values.score as number)) ||
              a.key.localeCompare(b.key),
          )
          .map((r) => r.key),
        ...FIXTURE_ROWS.filter((r) => r.values.score === null).map((r) => r.key),
      ];
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 10; pages++) {
        const page = await rows({ orderBy: { column: 'score', direction }, first: 5, after });
        expect(page.totalCount).toBe(FIXTURE_ROWS.length);
        seen.push(...page.edges.map((e) => e.node.key));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
    },
  );

  it('pages by row key without an order', async () => {
    const first = await rows({ first: 4 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await rows({ first: 4, after: first.pageInfo.endCursor });
    expect([...first.edges, ...second.edges].map((e) => e.node.key)).toEqual(
      FIXTURE_ROWS.slice(0, 8).map((r) => r.key),
    );
  });

  it('orders text and dates too', async () => {
    const page = await rows({ orderBy: { column: 'day', direction: 'DESC' }, select: ['day'] });
    const days = page.edges.map((e) => e.node.values.day);
    const expected = FIXTURE_ROWS.map((r) => r.values.day)
      .filter((d) => d !== null)
      .sort()
      .reverse();
    expect(days).toEqual([...expected, null]);
  });
});

describe('bad input is BAD_USER_INPUT naming the column', () => {
  it.each([
    ['an unknown column', { where: [{ column: 'nope', eq: '1' }] }, 'nope'],
    ['a value not of the type', { where: [{ column: 'count', eq: 'five' }] }, 'count'],
    ['a fraction for an integer', { where: [{ column: 'count', gt: '1.5' }] }, 'count'],
    ['a date that does not exist', { where: [{ column: 'day', eq: '2026-02-30' }] }, 'day'],
    ['a datetime without offset', { where: [{ column: 'at', lt: '2026-01-01T00:00' }] }, 'at'],
    ['a range on a boolean', { where: [{ column: 'active', gt: 'true' }] }, 'active'],
    ['contains on a number', { where: [{ column: 'score', contains: '1' }] }, 'score'],
    ['a filter without operator', { where: [{ column: 'name' }] }, 'name'],
    ['an unknown selected column', { select: ['name', 'ghost'] }, 'select'],
    ['an unknown order column', { orderBy: { column: 'ghost' } }, 'orderBy'],
    ['a bad box', { bbox: { west: 10, south: 0, east: 5, north: 1 } }, 'bbox'],
    ['a forged cursor', { after: 'bm9wZQ' }, 'after'],
  ])('%s', async (_name, variables, argument) => {
    const result = await h.query(ROWS_QUERY, { dataset: 'rows-fixture', ...variables });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(result.errors?.[0]?.message).toContain(argument === 'after' ? 'cursor' : '');
  });

  it('a cursor of another ordering is refused', async () => {
    const page = await rows({ first: 2 });
    const result = await h.query(ROWS_QUERY, {
      dataset: 'rows-fixture',
      orderBy: { column: 'count' },
      after: page.pageInfo.endCursor,
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
  });

  it('bbox on a dataset without geometry names why', async () => {
    const result = await h.query(ROWS_QUERY, {
      dataset: 'community-investment',
      bbox: { west: 0, south: 0, east: 1, north: 1 },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'bbox',
    });
    expect(result.errors?.[0]?.message).toContain('no geometry');
  });

  it('an unknown dataset is null', async () => {
    const result = await h.query<RowsAnswer>(ROWS_QUERY, { dataset: 'no-such-data' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.datasetRows).toBeNull();
  });
});

describe('demo rows', () => {
  it('community-investment and covid-19-cases have their columns and rows', async () => {
    const investment = await h.query<RowsAnswer>(ROWS_QUERY, {
      dataset: 'community-investment',
      first: 1,
    });
    expect(investment.data!.datasetRows!.columns.map((c) => c.name)).toEqual([
      'program',
      'district',
      'fiscal_year',
      'amount_usd',
      'projects',
      'approved_on',
    ]);
    expect(investment.data!.datasetRows!.totalCount).toBeGreaterThan(100);
    const covid = await h.query<RowsAnswer>(ROWS_QUERY, { dataset: 'covid-19-cases', first: 1 });
    expect(covid.data!.datasetRows!.totalCount).toBeGreaterThan(2000);
    const [{ rowCount }] = (await h.db
      .selectFrom('datasets')
      .select('rowCount')
      .where('slug', '=', 'covid-19-cases')
      .execute()) as [{ rowCount: string }];
    expect(Number(rowCount)).toBe(covid.data!.datasetRows!.totalCount);
  });
});
