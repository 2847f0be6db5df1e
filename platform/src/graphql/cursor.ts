import { badUserInput } from './errors';

type CursorValue = string | number;

/** An opaque page cursor holding the sort key of the row it points at. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * Reads a cursor made by `encodeCursor`. A cursor that was altered, or belongs to
 * another list, is the client's mistake: it gets BAD_USER_INPUT, not a 500.
 */
export function decodeCursor(cursor: string, shape: Array<'string' | 'number'>): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === shape.length &&
      values.every((value, i) => typeof value === shape[i])
    ) {
      return values as CursorValue[];
    }
  } catch {
    // reported below
  }
  throw badUserInput('The cursor is not one this list returned', { cursor });
}
