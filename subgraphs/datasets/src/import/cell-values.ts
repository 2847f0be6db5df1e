import type { ColumnTypeName } from '../rows/column-types';

/** A cell read as its column's type: the value to store, or why it is not one. */
export type CellReading = { value: string | number | boolean | null } | { error: string };

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const BOOLEAN = /^(true|false)$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An instant: a date, a time, and an offset (a time without a zone names no instant). */
const DATETIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

function isCalendarDate(text: string) {
  const match = DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function datetimeOf(text: string): string | null {
  const match = DATETIME.exec(text);
  if (!match || !isCalendarDate(match[1]!)) return null;
  if (Number(match[2]) > 23 || Number(match[3]) > 59) return null;
  const time = Date.parse(text.replace(' ', 'T'));
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

const WHAT: Record<ColumnTypeName, string> = {
  text: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  date: 'a date (YYYY-MM-DD)',
  datetime: 'a date and time with its offset (e.g. 2026-11-29T14:05:00Z)',
};

/**
 * A cell as a value of `type`, stored as column-types.ts says: an empty (or blank)
 * cell is null; numbers are finite JSON numbers, integers safe ones; dates are checked
 * against the calendar; date-times become UTC instants.
 */
export function readCell(type: ColumnTypeName, cell: string): CellReading {
  const text = cell.trim();
  if (text === '') return { value: null };
  const refused = { error: `"${text.slice(0, 40)}" is not ${WHAT[type]}` };
  switch (type) {
    case 'text':
      return { value: cell };
    case 'integer': {
      const value = Number(text);
      return INTEGER.test(text) && Number.isSafeInteger(value) ? { value } : refused;
    }
    case 'number': {
      const value = Number(text);
      return NUMBER.test(text) && Number.isFinite(value) ? { value } : refused;
    }
    case 'boolean':
      return BOOLEAN.test(text) ? { value: text.toLowerCase() === 'true' } : refused;
    case 'date':
      return isCalendarDate(text) ? { value: text } : refused;
    case 'datetime': {
      const value = datetimeOf(text);
      return value === null ? refused : { value };
    }
  }
}

/** Narrowest first: the first type every non-empty cell reads as is the column's. */
const INFERENCE_ORDER: readonly ColumnTypeName[] = [
  'integer',
  'number',
  'boolean',
  'date',
  'datetime',
];

/**
 * Digits that are a code, not a quantity: a leading zero (ZIP 01234, a 007 badge) or
 * more digits than a double holds exactly (an account number). As numbers they would
 * lose what makes them what they are, so they keep a column text.
 */
function isDigitCode(text: string) {
  return /^[+-]?0\d/.test(text) || (INTEGER.test(text) && !Number.isSafeInteger(Number(text)));
}

/** The narrowest type all these cells read as; text when none fits or all are empty. */
export function inferColumnType(cells: Iterable<string>): ColumnTypeName {
  const candidates = new Set(INFERENCE_ORDER);
  let seen = false;
  for (const cell of cells) {
    if (cell.trim() === '') continue;
    seen = true;
    if (isDigitCode(cell.trim())) return 'text';
    for (const type of candidates) {
      if ('error' in readCell(type, cell)) candidates.delete(type);
    }
    if (candidates.size === 0) return 'text';
  }
  if (!seen) return 'text';
  return INFERENCE_ORDER.find((type) => candidates.has(type)) ?? 'text';
}
