import { decodeCursor, encodeCursor, type KeysetCodec } from '@civicgraph/platform';
import type { TimeKey } from '../db/keyset';

/** Cursors of newest-first lists: the row's exact timestamp and its id. */
export const newestFirstCodec: KeysetCodec<{ sortAt: string; id: string }, TimeKey> = {
  toCursor: (row) => encodeCursor([row.sortAt, row.id]),
  fromCursor: (cursor) => {
    const [at, id] = decodeCursor(cursor, ['timestamp', 'uuid']);
    return { at, id };
  },
};
