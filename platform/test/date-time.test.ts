import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateTimeScalar, isIsoDateTime } from '../src/graphql/date-time';

describe('isIsoDateTime', () => {
  it.each([
    '2026-11-29T08:00:00Z',
    '2026-11-29T08:00Z',
    '2026-11-29T08:00:00.123456789-07:00',
    '2028-02-29T23:59:59+14:00', // a leap day
    '2000-02-29T00:00:00Z', // divisible by 400: a leap year
    '0001-01-01T00:00:00Z',
  ])('accepts %s', (text) => {
    expect(isIsoDateTime(text)).toBe(true);
  });

  it.each([
    ['a day February does not have', '2026-02-30T00:00:00Z'],
    ['a leap day in a common year', '2026-02-29T00:00:00Z'],
    ['a leap day in a century year', '1900-02-29T00:00:00Z'],
    ['a thirteenth month', '2026-13-01T00:00:00Z'],
    ['day zero', '2026-01-00T00:00:00Z'],
    ['the hour 24', '2026-01-01T24:00:00Z'],
    ['the minute 60', '2026-01-01T23:60:00Z'],
    ['a leap second', '2026-12-31T23:59:60Z'],
    ['an offset beyond a day', '2026-01-01T00:00:00+25:00'],
    ['year 0, which PostgreSQL rejects', '0000-01-01T00:00:00Z'],
    ['no zone', '2026-01-01T00:00:00'],
    ['a date alone', '2026-01-01'],
    ['an expanded year', '+275760-09-13T00:00:00.000Z'],
    ['trailing text', '2026-01-01T00:00:00Z\u0000'],
  ])('rejects %s', (_name, text) => {
    expect(isIsoDateTime(text)).toBe(false);
  });
});

describe('DateTimeScalar', () => {
  it('reads a real instant, whatever its zone', () => {
    expect(DateTimeScalar.parseValue('2026-11-29T01:00:00-07:00')).toEqual(
      new Date('2026-11-29T08:00:00Z'),
    );
  });

  it('answers an instant that does not exist with BAD_USER_INPUT, not a rolled-over date', () => {
    let caught: unknown;
    try {
      DateTimeScalar.parseValue('2026-02-30T00:00:00Z');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GraphQLError);
    expect((caught as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
  });
});
