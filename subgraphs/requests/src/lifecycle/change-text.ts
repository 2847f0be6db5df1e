import { invalidInput } from './change-refused';

/** How long each kind of text a work-order change carries may be, in characters. */
export const TEXT_LIMITS = {
  /** A hold or cancel reason: a line or two. */
  reason: 500,
  /** A resolution note, a reopen note, a note added to the work. */
  note: 4000,
  /** A split-off work order's summary, shown in lists. */
  summary: 200,
} as const;

/**
 * Text a person typed for a change, as it is stored: trimmed, not empty, at most
 * `limit` characters, without NUL (PostgreSQL text cannot hold it; the server refuses
 * it too, this guards direct callers). A refusal names the argument.
 */
export function changeText(field: string, value: string, limit: number): string {
  if (value.includes('\0')) throw invalidInput(field, `${field} must not contain NUL characters`);
  const text = value.trim();
  if (text.length === 0) throw invalidInput(field, `${field} must not be empty`);
  if (text.length > limit) {
    throw invalidInput(field, `${field} must be at most ${limit} characters`, { limit });
  }
  return text;
}
