import type { ColumnTypeName } from './column-types';
import { RowQueryError } from './row-query-error';

const INTEGER = /^-?\d{1,16}$/;
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** JavaScript reads 2026-02-30 as March 2nd: a date must name a day of the calendar. */
function isCalendarDate(value: string) {
  const day = value.slice(0, 10);
  const midnight = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(midnight.getTime()) && midnight.toISOString().slice(0, 10) === day;
}

const readers: Record<ColumnTypeName, (value: string) => boolean> = {
  // Postgres refuses a NUL in text: refused here, at the edge, rather than as a 500.
  text: (value) => !value.includes('\u0000') && value.length <= 1000,
  integer: (value) => INTEGER.test(value),
  number: (value) => NUMBER.test(value) && Number.isFinite(Number(value)),
  boolean: (value) => value === 'true' || value === 'false',
  date: (value) => ISO_DATE.test(value) && isCalendarDate(value),
  datetime: (value) =>
    ISO_DATE_TIME.test(value) && isCalendarDate(value) && !Number.isNaN(Date.parse(value)),
};

const expected: Record<ColumnTypeName, string> = {
  text: 'text without NUL characters, at most 1000 characters',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  date: 'an ISO 8601 date (2026-11-29)',
  datetime: 'an ISO 8601 date-time with an offset (2026-11-29T08:00:00Z)',
};

/**
 * A filter or cursor value as the client wrote it, checked against the column's type;
 * it reaches SQL as a parameter cast to that type, so a bad one must stop here.
 */
export function checkedColumnValue(column: string, type: ColumnTypeName, value: string): string {
  if (!readers[type](value)) {
    throw new RowQueryError(
      column,
      `${column} is ${type}: the value must be ${expected[type]}, "${value.slice(0, 40)}" is not`,
    );
  }
  return value;
}
