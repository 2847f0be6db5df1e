import type { KeysetPage } from '@civicgraph/platform';
import { type RawBuilder, sql } from 'kysely';

export type SortDirection = 'ASC' | 'DESC';

/**
 * A column (or expression) a list sorts by, with `id` as the tie-breaker. `timestamp`
 * keys travel as Postgres text to the microsecond (a JS Date holds only milliseconds,
 * and a cursor rounded to them would skip or repeat rows of the same millisecond);
 * `rank` keys are small integers.
 */
export interface SortColumn {
  /** The SQL expression, written exactly as in its index so the planner matches it. */
  expression: string;
  kind: 'timestamp' | 'rank';
}

/** Where a row sits in a list: its sort key as text, and its id. */
export interface SortKey {
  value: string;
  id: string;
}

/** The sort key as text: exact UTC ISO 8601 for timestamps, the number for ranks. */
export function sortKeyText(column: SortColumn): RawBuilder<string> {
  const expression = sql.raw(column.expression);
  return column.kind === 'timestamp'
    ? sql<string>`to_char(${expression} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
    : sql<string>`(${expression})::text`;
}

/** `(expression, id) < key` or `>`, as a row comparison an index on (expression, id) serves. */
function comparedToKey(column: SortColumn, operator: '<' | '>', key: SortKey): RawBuilder<boolean> {
  const value =
    column.kind === 'timestamp' ? sql`${key.value}::timestamptz` : sql`${key.value}::int`;
  return sql<boolean>`(${sql.raw(column.expression)}, id) ${sql.raw(operator)} (${value}, ${key.id}::uuid)`;
}

/**
 * The conditions and order of one keyset page. "After" a row means further along the
 * list's direction; a backward page (`last`/`before`) reads in the opposite order and
 * the connection helper turns it round.
 */
export function keysetPlan(
  column: SortColumn,
  direction: SortDirection,
  page: KeysetPage<SortKey>,
) {
  const forward = direction === 'ASC' ? '>' : '<';
  const backward = direction === 'ASC' ? '<' : '>';
  const conditions: RawBuilder<boolean>[] = [];
  if (page.after) conditions.push(comparedToKey(column, forward, page.after));
  if (page.before) conditions.push(comparedToKey(column, backward, page.before));
  const ascending = (direction === 'ASC') !== page.inverted;
  return {
    conditions,
    order: ascending ? ('asc' as const) : ('desc' as const),
    sortBy: sql.raw(column.expression),
  };
}
