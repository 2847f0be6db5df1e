import type { Bbox } from '@civicgraph/platform';
import type { Dataset } from '../db/dataset.table';
import type { DatasetColumn } from '../db/dataset-row.table';
import type { ColumnTypeName } from './column-types';
import { checkedColumnValue } from './column-values';
import { RowQueryError } from './row-query-error';

export const filterOperators = ['eq', 'in', 'gt', 'gte', 'lt', 'lte', 'contains'] as const;
export type FilterOperator = (typeof filterOperators)[number];

/** Which operators each column type takes: ranges need an order, `contains` text. */
const operatorsOf: Record<ColumnTypeName, readonly FilterOperator[]> = {
  text: ['eq', 'in', 'gt', 'gte', 'lt', 'lte', 'contains'],
  integer: ['eq', 'in', 'gt', 'gte', 'lt', 'lte'],
  number: ['eq', 'in', 'gt', 'gte', 'lt', 'lte'],
  boolean: ['eq', 'in'],
  date: ['eq', 'in', 'gt', 'gte', 'lt', 'lte'],
  datetime: ['eq', 'in', 'gt', 'gte', 'lt', 'lte'],
};

/** A set filter larger than this is a query to split, not a filter. */
const MAX_SET_VALUES = 500;

/** A condition on one column, as a client wrote it (values as text, whatever the type). */
export interface ColumnCondition {
  column: string;
  operator: FilterOperator;
  value: string | readonly string[];
}

export type SortDirection = 'ASC' | 'DESC';

/** What a client asks of a dataset's rows, before it is checked against its columns. */
export interface RowQueryInput {
  conditions?: readonly ColumnCondition[];
  bbox?: Bbox | null;
  select?: readonly string[] | null;
  orderBy?: { column: string; direction: SortDirection } | null;
}

/** A dataset with its data dictionary: what a row query is checked against. */
export interface RowSource {
  dataset: Dataset;
  columns: readonly DatasetColumn[];
}

export interface CheckedCondition {
  column: DatasetColumn;
  operator: FilterOperator;
  values: readonly string[];
}

/** A row query whose every column, operator and value was checked: safe to compile. */
export interface RowQuery {
  source: RowSource;
  conditions: readonly CheckedCondition[];
  bbox: Bbox | null;
  /** The columns each row answers with, in the order asked (all, in order, by default). */
  select: readonly DatasetColumn[];
  orderBy: { column: DatasetColumn; direction: SortDirection } | null;
}

/** Whether the dataset's rows have a point (number columns `longitude` and `latitude`). */
export function hasGeometry(columns: readonly DatasetColumn[]) {
  const isNumber = (name: string) =>
    columns.some((column) => column.name === name && column.type === 'number');
  return isNumber('longitude') && isNumber('latitude');
}

/** The named column of the dataset; an unknown name is the client's mistake, named back. */
export function columnNamed(source: RowSource, name: string, argument = name): DatasetColumn {
  const column = source.columns.find((candidate) => candidate.name === name);
  if (!column) {
    throw new RowQueryError(
      argument.slice(0, 63),
      `${source.dataset.slug} has no column "${name.slice(0, 63)}"; its columns are ${source.columns
        .map((c) => c.name)
        .join(', ')}`,
    );
  }
  return column;
}

function checkedCondition(source: RowSource, condition: ColumnCondition): CheckedCondition {
  const column = columnNamed(source, condition.column);
  const { operator } = condition;
  if (!operatorsOf[column.type].includes(operator)) {
    throw new RowQueryError(
      column.name,
      `${column.name} is ${column.type}: it takes ${operatorsOf[column.type].join(', ')}, not ${operator}`,
    );
  }
  const given = typeof condition.value === 'string' ? [condition.value] : [...condition.value];
  if (
    operator === 'in' ? given.length === 0 || given.length > MAX_SET_VALUES : given.length !== 1
  ) {
    throw new RowQueryError(
      column.name,
      operator === 'in'
        ? `${column.name}: in takes 1 to ${MAX_SET_VALUES} values`
        : `${column.name}: ${operator} takes one value`,
    );
  }
  const values = given.map((value) => checkedColumnValue(column.name, column.type, value));
  return { column, operator, values };
}

function checkedBbox(source: RowSource, bbox: Bbox): Bbox {
  if (!hasGeometry(source.columns)) {
    throw new RowQueryError(
      'bbox',
      `${source.dataset.slug} has no geometry (number columns longitude and latitude)`,
    );
  }
  const { west, south, east, north } = bbox;
  const inRange =
    [west, east].every((lon) => lon >= -180 && lon <= 180) &&
    [south, north].every((lat) => lat >= -90 && lat <= 90);
  if (!inRange || west > east || south > north) {
    throw new RowQueryError(
      'bbox',
      'bbox must be west,south,east,north in WGS84 degrees, west ≤ east and south ≤ north',
    );
  }
  return bbox;
}

/** Checks a client's row query against the dataset's columns; throws RowQueryError. */
export function checkRowQuery(source: RowSource, input: RowQueryInput): RowQuery {
  const select = input.select?.length
    ? [...new Set(input.select)].map((name) => columnNamed(source, name, 'select'))
    : source.columns;
  return {
    source,
    conditions: (input.conditions ?? []).map((condition) => checkedCondition(source, condition)),
    bbox: input.bbox ? checkedBbox(source, input.bbox) : null,
    select,
    orderBy: input.orderBy
      ? {
          column: columnNamed(source, input.orderBy.column, 'orderBy'),
          direction: input.orderBy.direction,
        }
      : null,
  };
}
