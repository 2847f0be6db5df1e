import { isIsoDateTime } from './date-time';
import { badUserInput } from './errors';
import { isUuid } from './ids';
import { unstorableCharacter } from './storable-text';

/** Longer than any name, tag or code a list sorts by; a longer one was not issued by us. */
const MAX_CURSOR_TEXT = 256;

/** A timestamp as PostgreSQL writes it to the microsecond in UTC, e.g. 2026-11-29T08:00:00.123456Z. */
const EXACT_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * What each value of a cursor must be, checked before it reaches SQL as a parameter:
 * `string` is text PostgreSQL can store, of sane length; `uuid` an id; `timestamp` an
 * exact UTC timestamp naming a real instant.
 */
export type CursorValueKind = 'string' | 'uuid' | 'timestamp';

const isKind: Record<CursorValueKind, (value: string) => boolean> = {
  string: (value) => value.length <= MAX_CURSOR_TEXT && unstorableCharacter(value) === null,
  uuid: isUuid,
  timestamp: (value) => EXACT_TIMESTAMP.test(value) && isIsoDateTime(value),
};

/** An opaque page cursor holding the sort key of the row it points at. */
export function encodeCursor(values: string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * Reads a cursor made by `encodeCursor` for a list whose sort key has this shape.
 * A cursor that was altered, or belongs to another list, is the client's mistake:
 * it gets BAD_USER_INPUT, never reaches SQL, and never becomes a 500.
 */
export function decodeCursor<const Shape extends readonly CursorValueKind[]>(
  cursor: string,
  shape: Shape,
): { [K in keyof Shape]: string } {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === shape.length &&
      values.every((value, i) => typeof value === 'string' && isKind[shape[i]!](value))
    ) {
      return values as { [K in keyof Shape]: string };
    }
  } catch {
    // reported below
  }
  // Not echoed back: a forged cursor can be as long as the request body allows.
  throw badUserInput('The cursor is not one this list returned');
}
