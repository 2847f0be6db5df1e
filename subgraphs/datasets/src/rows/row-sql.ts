import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { DatasetColumn } from '../db/dataset-row.table';
import type { ColumnTypeName } from './column-types';
import type { CheckedCondition, RowQuery } from './row-query';

/**
 * The SQL type each column type is compared and sorted as. Integers and numbers as
 * numeric: exact, and a stored 1e21 still casts. Only these fixed names are ever
 * written into SQL; column names and values travel as parameters.
 */
const SQL_TYPE: Record<ColumnTypeName, string | null> = {
  text: null,
  integer: 'numeric',
  number: 'numeric',
  boolean: 'boolean',
  date: 'date',
  datetime: 'timestamptz',
};

function cast(expression: RawBuilder<unknown>, type: ColumnTypeName) {
  const target = SQL_TYPE[type];
  return target ? sql`cast(${expression} as ${sql.raw(target)})` : expression;
}

/** The column's value as text (`values ->> name`): what cursors and CSV cells hold. */
export function columnText(column: DatasetColumn) {
  return sql<string | null>`(${sql.ref('values')} ->> ${column.name})`;
}

/** The column's value as its SQL type: what filters compare and orderings sort. */
export function columnExpression(column: DatasetColumn) {
  return cast(columnText(column), column.type);
}

/** A client's value (or a cursor's) as the column's SQL type, a parameter. */
export function columnValue(column: DatasetColumn, value: string) {
  return cast(sql`${value}`, column.type);
}

/** `contains` matches anywhere, case-insensitively: the client's % and _ are literal. */
function containsPattern(value: string) {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const COMPARISON = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

function conditionSql({ column, operator, values }: CheckedCondition): RawBuilder<SqlBool> {
  const expression = columnExpression(column);
  if (operator === 'contains') {
    return sql<SqlBool>`${columnText(column)} ilike ${containsPattern(values[0]!)}`;
  }
  if (operator === 'in') {
    return sql<SqlBool>`${expression} in (${sql.join(values.map((v) => columnValue(column, v)))})`;
  }
  return sql<SqlBool>`${expression} ${sql.raw(COMPARISON[operator])} ${columnValue(column, values[0]!)}`;
}

/** The row query's filters (its conditions and box), ANDed; `true` when it has none. */
export function rowFilterSql(query: RowQuery): Expression<SqlBool> {
  const parts = query.conditions.map(conditionSql);
  if (query.bbox) {
    const { west, south, east, north } = query.bbox;
    parts.push(
      sql<SqlBool>`(${sql.ref('lon')} between ${west} and ${east} and ${sql.ref('lat')} between ${south} and ${north})`,
    );
  }
  return parts.length > 0 ? sql<SqlBool>`(${sql.join(parts, sql` and `)})` : sql<SqlBool>`true`;
}
