import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { type CursorValueKind, decodeCursor, encodeCursor } from '../src/graphql/cursor';

const forged = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
const ID = '0b0c4a9e-2f2e-4c55-9d57-6d3c8f1f5a10';

function refusal(cursor: string, shape: CursorValueKind[]) {
  try {
    decodeCursor(cursor, shape);
  } catch (error) {
    return error;
  }
  return null;
}

describe('decodeCursor', () => {
  it('reads back what encodeCursor wrote', () => {
    const values = ['García', 'Ana', ID];
    expect(decodeCursor(encodeCursor(values), ['string', 'string', 'uuid'])).toEqual(values);
    const key = ['2026-11-29T08:00:00.123456Z', ID];
    expect(decodeCursor(encodeCursor(key), ['timestamp', 'uuid'])).toEqual(key);
  });

  it.each<[string, string, CursorValueKind[]]>([
    ['no base64 JSON at all', 'not-a-cursor', ['string']],
    ['another list shape', forged(['a', 'b']), ['string']],
    ['a number where text belongs', forged([1]), ['string']],
    ['null where an id belongs', forged([null]), ['uuid']],
    ['an id that is not a UUID', forged(['Smith', 'Ann', 'x']), ['string', 'string', 'uuid']],
    ['NUL in text', forged(['STL\u0000']), ['string']],
    ['a lone surrogate in text', forged(['\ud800']), ['string']],
    ['text longer than any sort key', forged(['x'.repeat(257)]), ['string']],
    ['a timestamp not to the microsecond', forged(['2026-11-29T08:00:00Z']), ['timestamp']],
    ['February 30', forged(['2026-02-30T00:00:00.000000Z']), ['timestamp']],
    ['year 0', forged(['0000-01-01T00:00:00.000000Z']), ['timestamp']],
  ])('refuses %s with BAD_USER_INPUT', (_name, cursor, shape) => {
    const error = refusal(cursor, shape);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    expect((error as GraphQLError).extensions).not.toHaveProperty('cursor');
  });
});
