import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

type Fields = [number, number, number, number, number, number, number, number];

function daysIn(year: number, month: number) {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * True for an ISO 8601 date and time with a zone that names a real instant. The
 * shape alone is not enough: JavaScript reads 2026-02-30 as March 2 and 24:00 as the
 * next day, and PostgreSQL rejects year 0; each of those is the client's mistake.
 */
export function isIsoDateTime(text: string): boolean {
  const parts = ISO_DATE_TIME.exec(text);
  if (!parts) return false;
  // Absent seconds and offsets (Z) count as zero.
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = parts
    .slice(1)
    .map((part) => Number(part ?? 0)) as Fields;
  return (
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59
  );
}

function parse(value: unknown): Date {
  if (typeof value !== 'string' || !isIsoDateTime(value)) {
    throw new GraphQLError(
      'DateTime must be an ISO 8601 date and time with a zone, e.g. 2026-11-29T08:00:00Z',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return new Date(value);
}

/** ISO 8601 timestamps with a zone; `Date` inside resolvers. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant as an ISO 8601 string with a time zone, e.g. 2026-11-29T08:00:00.000Z',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime()))
      throw new GraphQLError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('DateTime must be a string', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parse(ast.value);
  },
});
