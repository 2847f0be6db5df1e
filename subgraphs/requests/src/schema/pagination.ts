import { badUserInput, decodeCursor, encodeCursor, type KeysetCodec } from '@civicgraph/platform';
import { builder } from '../builder';
import type { SortColumn, SortDirection, SortKey } from '../db/keyset';

export const SortDirectionEnum = builder.enumType('SortDirection', {
  values: ['ASC', 'DESC'] as const,
});

const RANK = /^[1-9]$/;

/**
 * Cursors of one ordering of a list: the ordering's name, the row's sort key and its
 * id. A cursor issued under another ordering (or direction) would land at an
 * unrelated place in this one, so it is refused rather than followed.
 */
export function orderingCodec(
  name: string,
  column: SortColumn,
  direction: SortDirection,
): KeysetCodec<{ sortKey: string; id: string }, SortKey> {
  const tag = `${name}:${direction}`;
  return {
    toCursor: (row) => encodeCursor([tag, row.sortKey, row.id]),
    fromCursor: (cursor) => {
      const [given, value, id] =
        column.kind === 'timestamp'
          ? decodeCursor(cursor, ['string', 'timestamp', 'uuid'])
          : decodeCursor(cursor, ['string', 'string', 'uuid']);
      if (given !== tag) {
        throw badUserInput('The cursor belongs to another ordering of this list', {
          field: 'orderBy',
        });
      }
      if (column.kind === 'rank' && !RANK.test(value)) {
        throw badUserInput('The cursor is not one this list returned');
      }
      return { value, id };
    },
  };
}
