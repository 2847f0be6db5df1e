import { badArgument, type QueryParams } from '@civicgraph/platform';
import { type ColumnCondition, filterOperators, type RowQueryInput } from '../rows/row-query';

/** Parameters that are not column filters. */
const RESERVED = ['select', 'order', 'bbox'] as const;

function single(query: QueryParams, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (Array.isArray(raw)) {
    if (raw.length !== 1)
      throw badArgument(name.slice(0, 63), `${name.slice(0, 63)} is given more than once`);
    return raw[0];
  }
  return raw;
}

const list = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

function bboxOf(value: string) {
  const parts = value.split(',').map((part) => Number(part.trim()));
  if (parts.length !== 4 || parts.some((part) => !Number.isFinite(part))) {
    throw badArgument('bbox', 'bbox must be west,south,east,north in WGS84 degrees');
  }
  const [west, south, east, north] = parts as [number, number, number, number];
  return { west, south, east, north };
}

/**
 * The filters of an export URL, as a row query to check against the dataset's columns:
 * `?district=3` (equal), `?district.in=1,3`, `?amount_usd.gte=1000&amount_usd.lt=5000`,
 * `?program.contains=park`, `?bbox=w,s,e,n`, `?select=zip,cases`, `?order=-cases`
 * (descending). The same conditions as the GraphQL `where`, with the same checks.
 */
export function exportQueryOf(query: QueryParams): RowQueryInput {
  const conditions: ColumnCondition[] = [];
  const input: RowQueryInput = { conditions };
  for (const name of Object.keys(query)) {
    const value = single(query, name) ?? '';
    if ((RESERVED as readonly string[]).includes(name)) continue;
    const dot = name.lastIndexOf('.');
    const column = dot < 0 ? name : name.slice(0, dot);
    const operator = dot < 0 ? 'eq' : name.slice(dot + 1);
    if (!(filterOperators as readonly string[]).includes(operator)) {
      throw badArgument(
        column.slice(0, 63),
        `${name.slice(0, 63)}: the operator may be ${filterOperators.join(', ')}`,
      );
    }
    conditions.push({
      column,
      operator: operator as ColumnCondition['operator'],
      value: operator === 'in' ? list(value) : value,
    });
  }
  const select = single(query, 'select');
  if (select !== undefined) input.select = list(select);
  const order = single(query, 'order');
  if (order !== undefined && order !== '') {
    input.orderBy = order.startsWith('-')
      ? { column: order.slice(1), direction: 'DESC' }
      : { column: order, direction: 'ASC' };
  }
  const bbox = single(query, 'bbox');
  if (bbox !== undefined) input.bbox = bboxOf(bbox);
  return input;
}
