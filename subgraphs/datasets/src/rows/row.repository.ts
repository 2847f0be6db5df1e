import { type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import type { DatasetsDatabase } from '../db/database';
import type { RowValues } from '../db/dataset-row.table';
import type { RowQuery, RowSource } from './row-query';
import { columnExpression, columnText, columnValue, rowFilterSql } from './row-sql';

type Db = Kysely<DatasetsDatabase>;

/** A dataset by slug with its data dictionary in column order; null when there is none. */
export async function loadRowSource(db: Db, slug: string): Promise<RowSource | null> {
  const dataset = await db
    .selectFrom('datasets')
    .selectAll()
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!dataset) return null;
  const columns = await db
    .selectFrom('datasetColumns')
    .selectAll()
    .where('datasetId', '=', dataset.id)
    .orderBy('position')
    .execute();
  return { dataset, columns };
}

/** Where a page ends: the last row's sort value (as text) and key. */
export interface RowPosition {
  sortValue: string | null;
  rowKey: string;
}

export interface ReadRow extends RowPosition {
  values: RowValues;
  lon: number | null;
  lat: number | null;
}

/**
 * After `position` in the query's order: the ordering column ascending or descending
 * with nulls last, then the row key ascending, so that equal values page stably.
 */
function afterSql(query: RowQuery, position: RowPosition) {
  const key = sql.ref('rowKey');
  if (!query.orderBy) return sql<SqlBool>`${key} > ${position.rowKey}`;
  const { column, direction } = query.orderBy;
  const value = columnExpression(column);
  if (position.sortValue === null) {
    return sql<SqlBool>`(${value} is null and ${key} > ${position.rowKey})`;
  }
  // The cursor's value, cast as the column is: the comparison is of the column's type.
  const given = columnValue(column, position.sortValue);
  const beyond = direction === 'ASC' ? sql.raw('>') : sql.raw('<');
  return sql<SqlBool>`(${value} is null or ${value} ${beyond} ${given} or (${value} = ${given} and ${key} > ${position.rowKey}))`;
}

/** The rows matching the query, without order or page: shared by pages, counts, exports. */
export function matchingRows(db: Db, query: RowQuery) {
  return db
    .selectFrom('datasetRows')
    .where('datasetId', '=', query.source.dataset.id)
    .where(rowFilterSql(query));
}

/** The matching rows in the query's order, with what a page and a cursor need. */
function orderedRows(db: Db, query: RowQuery) {
  const sortValue = query.orderBy ? columnText(query.orderBy.column) : sql<null>`null`;
  let select = matchingRows(db, query).select([
    'rowKey',
    'values',
    'lon',
    'lat',
    sortValue.as('sortValue'),
  ]);
  if (query.orderBy) {
    const direction = query.orderBy.direction === 'ASC' ? sql`asc` : sql`desc`;
    select = select.orderBy(sql`${columnExpression(query.orderBy.column)} ${direction} nulls last`);
  }
  return select.orderBy('rowKey');
}

/** One page of matching rows in the query's order, after `position` when given. */
export function readRowPage(
  db: Db,
  query: RowQuery,
  page: { after?: RowPosition | null; limit: number },
): Promise<ReadRow[]> {
  let select = orderedRows(db, query);
  if (page.after) select = select.where(afterSql(query, page.after));
  return select.limit(page.limit).execute();
}

/** How many rows match the query, on all pages. */
export async function countRows(db: Db, query: RowQuery): Promise<number> {
  const { count } = await matchingRows(db, query)
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/**
 * Every matching row in the query's order, through a server-side cursor in the
 * caller's transaction: PostgreSQL runs the query once and hands it over `batchSize`
 * rows at a time, so only one batch is held here whatever the dataset's size, and an
 * ordered export sorts once rather than once per batch as keyset pages would.
 */
export async function* readRowsByCursor(
  trx: Transaction<DatasetsDatabase>,
  query: RowQuery,
  batchSize = 1000,
) {
  await sql`declare dataset_rows_export no scroll cursor for ${orderedRows(trx, query)}`.execute(
    trx,
  );
  for (;;) {
    const { rows } =
      await sql<ReadRow>`fetch forward ${sql.lit(batchSize)} from dataset_rows_export`.execute(trx);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
  }
}
