import type { BusinessHours } from '../db/city.table';
import { isoWeekday, localParts, nextDate, zonedInstant } from './zoned-time';

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
/** A year of days: a calendar with no business day at all cannot loop forever. */
const MAX_DAYS = 366 * 2;

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
  for (let i = 0; i < MAX_DAYS; i++, date = nextDate(date)) {
    if (!days.has(isoWeekday(date)) || holidays.has(date) || close <= open) continue;
    const windowStart = zonedInstant(date, open, timeZone).getTime();
    const windowEnd = zonedInstant(date, close, timeZone).getTime();
    const start = Math.max(windowStart, from.getTime());
    if (start >= windowEnd) continue;
    if (windowEnd - start >= remainingMs) return new Date(start + remainingMs);
    remainingMs -= windowEnd - start;
  }
  throw new Error('The city calendar has no business hours in the next two years');
}
