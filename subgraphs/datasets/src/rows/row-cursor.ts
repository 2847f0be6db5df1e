import { checkedColumnValue } from './column-values';
import type { RowPosition } from './row.repository';
import type { RowQuery } from './row-query';
import { RowQueryError } from './row-query-error';

/** The ordering a cursor belongs to: a cursor of another one would land anywhere. */
function orderingOf(query: RowQuery) {
  return query.orderBy ? `${query.orderBy.column.name}:${query.orderBy.direction}` : '';
}

/** An opaque cursor: the ordering, the row's sort value (as text) and its key. */
export function encodeRowCursor(query: RowQuery, position: RowPosition): string {
  return Buffer.from(
    JSON.stringify([orderingOf(query), position.sortValue, position.rowKey]),
  ).toString('base64url');
}

/**
 * The position in a cursor `encodeRowCursor` made for this query's ordering; anything
 * else (altered, of another ordering) is refused before it reaches SQL.
 */
export function decodeRowCursor(query: RowQuery, cursor: string): RowPosition {
  const refused = new RowQueryError('after', 'after: the cursor is not one this list returned');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refused;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw refused;
  const [ordering, sortValue, rowKey] = parsed as unknown[];
  if (ordering !== orderingOf(query)) throw refused;
  if (typeof rowKey !== 'string' || rowKey.length > 256 || rowKey.includes('\u0000')) {
    throw refused;
  }
  if (sortValue === null) return { sortValue: null, rowKey };
  if (typeof sortValue !== 'string' || !query.orderBy) throw refused;
  const { name, type } = query.orderBy.column;
  // Stored text may be longer than a filter value may: only what SQL cannot take is refused.
  if (type === 'text') {
    if (sortValue.includes('\u0000') || sortValue.length > 100_000) throw refused;
  } else {
    try {
      checkedColumnValue(name, type, sortValue);
    } catch {
      throw refused;
    }
  }
  return { sortValue, rowKey };
}
