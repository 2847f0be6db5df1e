import {
  decodeCursor,
  encodeCursor,
  type KeysetCodec,
  type KeysetPage,
  type PageArgs,
  resolveKeysetConnection,
} from '@civicgraph/platform';
import type { TimeKey } from '../db/keyset';

/** Cursors of newest-first lists: the row's exact timestamp and its id. */
const timeKeyCodec: KeysetCodec<{ sortAt: string; id: string }, TimeKey> = {
  toCursor: (row) => encodeCursor([row.sortAt, row.id]),
  fromCursor: (cursor) => {
    const [at, id] = decodeCursor(cursor, ['timestamp', 'uuid']);
    return { at, id };
  },
};

/** A newest-first Relay connection read by keyset: `fetchPage` gets decoded cursors. */
export function resolveNewestFirstConnection<T extends { sortAt: string; id: string }>(
  args: PageArgs,
  fetchPage: (page: KeysetPage<TimeKey>) => Promise<T[]>,
) {
  return resolveKeysetConnection(args, timeKeyCodec, fetchPage);
}
