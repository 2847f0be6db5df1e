import {
  badUserInput,
  decodeCursor,
  encodeCursor,
  isUuid,
  type KeysetCodec,
} from '@civicgraph/platform';
import type { TimeKey } from '../db/keyset';

const EXACT_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Cursors of newest-first lists: the row's exact timestamp and its id. */
export const newestFirstCodec: KeysetCodec<{ sortAt: string; id: string }, TimeKey> = {
  toCursor: (row) => encodeCursor([row.sortAt, row.id]),
  fromCursor: (cursor) => {
    const [at, id] = decodeCursor(cursor, ['string', 'string']) as [string, string];
    // Both values go to Postgres as parameters: a forged one must not become a 500.
    if (!EXACT_TIMESTAMP.test(at) || Number.isNaN(Date.parse(at)) || !isUuid(id)) {
      throw badUserInput('The cursor is not one this list returned', { cursor });
    }
    return { at, id };
  },
};
