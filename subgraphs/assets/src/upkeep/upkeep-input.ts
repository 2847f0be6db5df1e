import { invalidField } from './upkeep-errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD, from the year 1800 on; else BAD_USER_INPUT. */
export function checkedDate(value: string, field: string): string {
  const match = ISO_DATE.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (year >= 1800 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value;
  }
  throw invalidField(field, `${field} must be a date written YYYY-MM-DD`);
}

/** Text without leading or trailing blanks, 1 to `max` characters; else BAD_USER_INPUT. */
export function checkedText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) {
    throw invalidField(field, `${field} must be 1 to ${max} characters`);
  }
  return text;
}

/** A position in WGS84 degrees; else BAD_USER_INPUT. */
export function checkedLocation(location: { lon: number; lat: number }) {
  if (Math.abs(location.lon) > 180 || Math.abs(location.lat) > 90) {
    throw invalidField(
      'location',
      'location must have lon within -180..180 and lat within -90..90',
    );
  }
  return location;
}

/** A condition score: 1 (failed) to 5 (as new). */
export function checkedScore(score: number): number {
  if (!Number.isInteger(score) || score < 1 || score > 5) {
    throw invalidField('score', 'score must be a whole number from 1 (failed) to 5 (as new)');
  }
  return score;
}
