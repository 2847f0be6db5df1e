import { type ResolveCursorConnectionArgs, resolveCursorConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { badUserInput } from './errors';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** One page request of a keyset list; `inverted` reads backwards (for `last`/`before`). */
export interface KeysetPage<Key> {
  after?: Key;
  before?: Key;
  limit: number;
  inverted: boolean;
}

export interface KeysetCodec<Row, Key> {
  /** The cursor of a row: its sort key, encoded. */
  toCursor(row: Row): string;
  /** The sort key in a cursor; throws BAD_USER_INPUT for a cursor we did not issue. */
  fromCursor(cursor: string): Key;
}

/**
 * Pothos silently clamps an oversized page and reports a negative one as an internal
 * error; a client asking for either should hear that it asked wrongly.
 */
export function checkPageArgs({ first, last }: PageArgs) {
  if (first != null && last != null) throw badUserInput('Pass either first or last, not both');
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badUserInput(`${name} must be between 0 and ${MAX_PAGE_SIZE}`, { argument: name });
    }
  }
}

/** The sort key in the `after` or `before` cursor; a bad cursor's error names the argument. */
function keyOf<Key>(
  codec: KeysetCodec<unknown, Key>,
  argument: 'after' | 'before',
  cursor: string,
) {
  try {
    return codec.fromCursor(cursor);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw badUserInput(`${argument}: ${error.message}`, { ...error.extensions, argument });
  }
}

/**
 * A Relay connection read by keyset pagination: `fetchPage` gets the decoded sort
 * keys and a limit, so every page is one indexed range scan however deep it is.
 */
export function resolveKeysetConnection<Row extends CursorRow, CursorRow, Key>(
  args: PageArgs,
  codec: KeysetCodec<CursorRow, Key>,
  fetchPage: (page: KeysetPage<Key>) => Promise<Row[]>,
) {
  checkPageArgs(args);
  return resolveCursorConnection<Promise<Row[]>>(
    {
      args,
      toCursor: codec.toCursor,
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: MAX_PAGE_SIZE,
    },
    ({ after, before, limit, inverted }: ResolveCursorConnectionArgs) =>
      fetchPage({
        ...(after ? { after: keyOf(codec, 'after', after) } : {}),
        ...(before ? { before: keyOf(codec, 'before', before) } : {}),
        limit,
        inverted,
      }),
  );
}
