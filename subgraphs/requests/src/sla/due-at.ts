import { isoWeekday, localParts, nextDate, zonedInstant } from '@civicgraph/platform';
import type { BusinessHours } from '../db/city.table';

/** What the SLA clock needs of the city. */
export interface CityCalendar {
  timeZone: string;
  businessHours: BusinessHours;
  /** Local dates (YYYY-MM-DD) with no business hours. */
  holidays: readonly string[];
}

/** A service's SLA as a work order keeps it. */
export interface Sla {
  hours: number;
  /** Count only business hours, skipping weekends and holidays. */
  businessHours: boolean;
}

const HOUR_MS = 3_600_000;
/**
 * A calendar whose next business hour is further away than this has none (every
 * weekday off, or a year of holidays): refused rather than looped on forever. It
 * bounds the gap between business days, not the SLA, so a long SLA still counts.
 */
const MAX_DAYS_WITHOUT_BUSINESS = 366;

function minuteOfDay(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/**
 * When work started at `from` falls due under `sla`: plain hours later, or, for a
 * business-hours SLA, after that many hours inside the city's opening hours on its
 * working days that are not holidays (in the city's time zone).
 */
export function slaDueAt(calendar: CityCalendar, sla: Sla, from: Date): Date {
  if (!sla.businessHours) return new Date(from.getTime() + sla.hours * HOUR_MS);
  const { timeZone, businessHours } = calendar;
  const holidays = new Set(calendar.holidays);
  const days = new Set(businessHours.days);
  const open = minuteOfDay(businessHours.start);
  const close = minuteOfDay(businessHours.end);
  let remainingMs = sla.hours * HOUR_MS;
  let date = localParts(from, timeZone).date;
  for (let idle = 0; idle < MAX_DAYS_WITHOUT_BUSINESS; idle++, date = nextDate(date)) {
    if (!days.has(isoWeekday(date)) || holidays.has(date) || close <= open) continue;
    // Each bound on its own: on a daylight-saving day the window is an hour shorter or longer.
    const windowStart = zonedInstant(date, open, timeZone).getTime();
    const windowEnd = zonedInstant(date, close, timeZone).getTime();
    const start = Math.max(windowStart, from.getTime());
    if (start >= windowEnd) continue;
    // A due time exactly at closing stays that day, not the next morning.
    if (windowEnd - start >= remainingMs) return new Date(start + remainingMs);
    remainingMs -= windowEnd - start;
    idle = -1;
  }
  throw new Error(`The city calendar has no business hours in ${MAX_DAYS_WITHOUT_BUSINESS} days`);
}
