import { localParts, zonedInstant } from '@civicgraph/platform';
import { describe, expect, it } from 'vitest';
import { type CityCalendar, slaDueAt } from '../src/sla/due-at';

// Phoenix keeps standard time all year (UTC−7): local 08:00 is 15:00Z.
const phoenix: CityCalendar = {
  timeZone: 'America/Phoenix',
  businessHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
  holidays: ['2026-11-26', '2026-11-27', '2026-12-25', '2027-01-01'],
};

// New York moves its clocks: 2026-03-08 (EST→EDT) and 2026-11-01 (EDT→EST).
const newYork: CityCalendar = {
  timeZone: 'America/New_York',
  businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  holidays: [],
};

const business = (hours: number) => ({ hours, businessHours: true });
const due = (calendar: CityCalendar, hours: number, from: string) =>
  slaDueAt(calendar, business(hours), new Date(from)).toISOString();

describe('slaDueAt, plain hours', () => {
  it('counts every hour, nights, weekends and holidays included', () => {
    const from = new Date('2026-11-25T23:00:00Z'); // the eve of Thanksgiving
    expect(slaDueAt(phoenix, { hours: 72, businessHours: false }, from).toISOString()).toBe(
      '2026-11-28T23:00:00.000Z',
    );
  });

  it('counts elapsed hours across a daylight-saving change, not wall-clock ones', () => {
    const from = new Date('2026-03-07T17:00:00Z'); // Saturday noon EST
    expect(slaDueAt(newYork, { hours: 24, businessHours: false }, from).toISOString()).toBe(
      '2026-03-08T17:00:00.000Z', // Sunday 13:00 EDT: 24 hours later, one hour "later" on the wall
    );
  });
});

describe('slaDueAt, business hours', () => {
  it('starting mid-window, due the same day', () => {
    // Wednesday 2026-12-02 10:00 local + 4 h = 14:00 local.
    expect(due(phoenix, 4, '2026-12-02T17:00:00Z')).toBe('2026-12-02T21:00:00.000Z');
  });

  it('carries what does not fit into the next morning', () => {
    // Wednesday 15:00 local: 2 h that day, 2 h from Thursday 08:00.
    expect(due(phoenix, 4, '2026-12-02T22:00:00Z')).toBe('2026-12-03T17:00:00.000Z');
  });

  it('starting before opening counts from opening', () => {
    // Wednesday 06:00 local + 2 h = 10:00 local.
    expect(due(phoenix, 2, '2026-12-02T13:00:00Z')).toBe('2026-12-02T17:00:00.000Z');
  });

  it('starting after closing counts from the next opening', () => {
    // Wednesday 18:00 local + 2 h = Thursday 10:00 local.
    expect(due(phoenix, 2, '2026-12-03T01:00:00Z')).toBe('2026-12-03T17:00:00.000Z');
  });

  it('an SLA that ends exactly at closing is due at closing, not the next morning', () => {
    expect(due(phoenix, 9, '2026-12-02T15:00:00Z')).toBe('2026-12-03T00:00:00.000Z');
  });

  it('skips the weekend', () => {
    // Friday 2026-12-04 16:00 local: 1 h Friday, 2 h Monday from 08:00.
    expect(due(phoenix, 3, '2026-12-04T23:00:00Z')).toBe('2026-12-07T17:00:00.000Z');
    // Saturday noon: nothing counts until Monday 08:00.
    expect(due(phoenix, 1, '2026-12-05T19:00:00Z')).toBe('2026-12-07T16:00:00.000Z');
  });

  it('skips holidays (Thanksgiving and the day after), then the weekend', () => {
    // Wednesday 2026-11-25 16:00 local: 1 h, then Thu/Fri holidays, Sat/Sun, Monday 10:00.
    expect(due(phoenix, 3, '2026-11-25T23:00:00Z')).toBe('2026-11-30T17:00:00.000Z');
    // Filed on the holiday itself: nothing counts that day.
    expect(due(phoenix, 1, '2026-11-26T17:00:00Z')).toBe('2026-11-30T16:00:00.000Z');
  });

  it('an SLA of several days crosses weekends and a holiday', () => {
    // 90 h = 10 business days from Monday 2026-12-14 08:00: Dec 14–18, 21–24, then
    // Christmas (Friday) and the weekend, and the tenth day is Monday Dec 28.
    expect(due(phoenix, 90, '2026-12-14T15:00:00Z')).toBe('2026-12-29T00:00:00.000Z');
    // 336 h (sidewalk damage) = 37 days and 3 h; counted one day at a time below.
    expect(due(phoenix, 336, '2026-12-14T15:00:00Z')).toBe(
      referenceDueAt(phoenix, 336, '2026-12-14'),
    );
  });

  it('counts the right hours on both sides of the March change (EST → EDT)', () => {
    // Friday 2026-03-06 16:00 EST (21:00Z): 1 h, then Monday 2026-03-09 from 09:00 EDT (13:00Z).
    expect(due(newYork, 2, '2026-03-06T21:00:00Z')).toBe('2026-03-09T14:00:00.000Z');
  });

  it('counts the right hours on both sides of the November change (EDT → EST)', () => {
    // Friday 2026-10-30 16:00 EDT (20:00Z): 1 h, then Monday 2026-11-02 from 09:00 EST (14:00Z).
    expect(due(newYork, 2, '2026-10-30T20:00:00Z')).toBe('2026-11-02T15:00:00.000Z');
  });

  it('refuses a calendar with no business hours rather than looping forever', () => {
    const never = { ...phoenix, businessHours: { days: [], start: '08:00', end: '17:00' } };
    expect(() => due(never, 1, '2026-12-02T17:00:00Z')).toThrow(/no business hours/);
  });

  it('counts an SLA longer than a year of business hours', () => {
    // 2,350 business days of 9 h (about nine years): past any fixed horizon of days.
    const at = due(phoenix, 9 * 2350, '2026-12-14T15:00:00Z');
    expect(at).toBe(referenceDueAt(phoenix, 9 * 2350, '2026-12-14'));
    expect(localParts(new Date(at), 'America/Phoenix').minutes).toBe(17 * 60);
  });
});

describe('zonedInstant', () => {
  it('finds local wall-clock times in and out of daylight saving time', () => {
    expect(zonedInstant('2026-03-09', 9 * 60, 'America/New_York').toISOString()).toBe(
      '2026-03-09T13:00:00.000Z',
    );
    expect(zonedInstant('2026-03-06', 9 * 60, 'America/New_York').toISOString()).toBe(
      '2026-03-06T14:00:00.000Z',
    );
    expect(zonedInstant('2026-11-02', 9 * 60, 'America/New_York').toISOString()).toBe(
      '2026-11-02T14:00:00.000Z',
    );
    expect(zonedInstant('2026-07-01', 0, 'Europe/Madrid').toISOString()).toBe(
      '2026-06-30T22:00:00.000Z',
    );
  });
});

/**
 * A second, deliberately simple count for long SLAs: whole business days from a
 * Monday opening in a zone without daylight saving (Phoenix, UTC−7).
 */
function referenceDueAt(calendar: CityCalendar, hours: number, mondayDate: string): string {
  const dayHours = 9;
  let remaining = hours;
  const date = new Date(`${mondayDate}T00:00:00Z`);
  for (;;) {
    const local = date.toISOString().slice(0, 10);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !calendar.holidays.includes(local)) {
      if (remaining <= dayHours) {
        return new Date(date.getTime() + (8 + remaining + 7) * 3_600_000).toISOString();
      }
      remaining -= dayHours;
    }
    date.setUTCDate(date.getUTCDate() + 1);
  }
}
