import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DatasetsDatabase } from '../db/database';
import type { DatasetColumn } from '../db/dataset-row.table';
import { matchingRows } from './row.repository';
import { columnNamed, type RowQuery } from './row-query';
import { RowQueryError } from './row-query-error';
import { columnExpression, columnText } from './row-sql';

export const aggregateFunctions = ['COUNT', 'SUM', 'AVG', 'MEDIAN', 'MIN', 'MAX'] as const;
export type AggregateFunction = (typeof aggregateFunctions)[number];

export interface MeasureInput {
  function: AggregateFunction;
  /** The column measured; COUNT without one counts rows. */
  column?: string | null;
}

/** One group: its key (the group-by columns' values) and its measures, by label. */
export interface AggregateGroup {
  key: Record<string, unknown>;
  values: Record<string, number | string | null>;
}

export const MAX_GROUP_BY = 5;
export const MAX_MEASURES = 20;
/** Groups answered at most: an aggregate is a summary, a dataset of groups is an export. */
export const MAX_GROUPS = 1000;

interface CheckedMeasure {
  label: string;
  sql: RawBuilder<unknown>;
}

const NUMERIC = ['integer', 'number'];

function measureSql(fn: AggregateFunction, column: DatasetColumn | null): RawBuilder<unknown> {
  if (!column) return sql`count(*)`;
  const value = columnExpression(column);
  switch (fn) {
    case 'COUNT':
      return sql`count(${columnText(column)})`;
    case 'SUM':
      return sql`cast(sum(${value}) as float8)`;
    case 'AVG':
      return sql`cast(avg(${value}) as float8)`;
    case 'MEDIAN':
      return sql`percentile_cont(0.5) within group (order by cast(${value} as float8))`;
    case 'MIN':
      return sql`to_jsonb(min(${value}))`;
    case 'MAX':
      return sql`to_jsonb(max(${value}))`;
  }
}

function checkedMeasure(query: RowQuery, measure: MeasureInput): CheckedMeasure {
  const fn = measure.function;
  if (measure.column == null) {
    if (fn !== 'COUNT') throw new RowQueryError('measures', `${fn} needs a column`);
    return { label: 'count', sql: measureSql(fn, null) };
  }
  const column = columnNamed(query.source, measure.column);
  const numeric = NUMERIC.includes(column.type);
  if (
    (['SUM', 'AVG', 'MEDIAN'].includes(fn) && !numeric) ||
    (fn !== 'COUNT' && column.type === 'boolean')
  ) {
    throw new RowQueryError(
      column.name,
      `${column.name} is ${column.type}: ${fn} needs ${fn === 'MIN' || fn === 'MAX' ? 'an ordered' : 'a numeric'} column`,
    );
  }
  return { label: `${fn.toLowerCase()}_${column.name}`, sql: measureSql(fn, column) };
}

/**
 * Counts, sums, averages, medians, minima and maxima of the rows matching the query,
 * by the values of `groupBy` columns (one group of all rows without them), groups in
 * the order of their keys.
 */
export async function aggregateRows(
  db: Kysely<DatasetsDatabase>,
  query: RowQuery,
  groupBy: readonly string[],
  measures: readonly MeasureInput[],
): Promise<AggregateGroup[]> {
  if (groupBy.length > MAX_GROUP_BY) {
    throw new RowQueryError('groupBy', `groupBy takes at most ${MAX_GROUP_BY} columns`);
  }
  if (measures.length === 0 || measures.length > MAX_MEASURES) {
    throw new RowQueryError('measures', `measures takes 1 to ${MAX_MEASURES} measures`);
  }
  const groups = [...new Set(groupBy)].map((name) => columnNamed(query.source, name));
  const checked = measures.map((measure) => checkedMeasure(query, measure));
  const labels = new Set(checked.map((m) => m.label));
  if (labels.size !== checked.length) {
    throw new RowQueryError('measures', 'measures names the same measure twice');
  }
  // Group keys as jsonb (`values -> name`): they come back typed, as the rows' values;
  // a JSON null and a missing value are one group, the empty one, last.
  let select = matchingRows(db, query).select([
    ...groups.map((column, i) =>
      sql`nullif(${sql.ref('values')} -> ${column.name}, 'null'::jsonb)`.as(`g${i}`),
    ),
    ...checked.map((measure, i) => measure.sql.as(`m${i}`)),
  ]);
  // By position: each parameter is its own placeholder, so `group by values -> $3`
  // would not be the selected `values -> $1` to PostgreSQL.
  for (let i = 1; i <= groups.length; i++) {
    select = select.groupBy(sql.raw(String(i))).orderBy(sql.raw(`${i} nulls last`));
  }
  const rows = (await select.limit(MAX_GROUPS).execute()) as Record<string, unknown>[];
  return rows.map((row) => ({
    key: Object.fromEntries(groups.map((column, i) => [column.name, row[`g${i}`] ?? null])),
    values: Object.fromEntries(
      checked.map((measure, i) => {
        const value = row[`m${i}`];
        // count(*) is a bigint, which pg reads as a string.
        return [
          measure.label,
          measure.label.startsWith('count') ? Number(value) : (value as number | string | null),
        ];
      }),
    ),
  }));
}
