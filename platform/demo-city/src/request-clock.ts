/**
 * When requests arrive: more during the working day than at night, fewer at weekends,
 * in the city's own time zone. The clock maps a fraction q in [0, 1) to an instant in
 * the window through the inverse of that arrival distribution, so request i can get its
 * time on its own, and times grow with i (request numbers follow time, as in a real
 * city).
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Relative arrivals per local hour of day (0–23): a working-day hump, a quiet night. */
const HOURLY_WEIGHT = [
  0.15, 0.1, 0.08, 0.08, 0.1, 0.2, 0.45, 0.8, 1.2, 1.5, 1.6, 1.55, 1.45, 1.45, 1.4, 1.3, 1.15, 1.0,
  0.85, 0.7, 0.55, 0.45, 0.3, 0.2,
];
const WEEKEND_FACTOR = 0.6;

export class RequestClock {
  readonly start: number;
  readonly end: number;
  /** Cumulative weight at the start of each hourly slot (one extra entry for the end). */
  private readonly cumulative: Float64Array;
  private readonly slotMs: number;
  private readonly yearOf: (ms: number) => number;

  constructor(now: Date, days: number, timeZone: string) {
    this.end = now.getTime();
    this.start = this.end - days * DAY_MS;
    const slots = days * 24;
    this.slotMs = (this.end - this.start) / slots;
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hour: 'numeric',
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
    });
    this.cumulative = new Float64Array(slots + 1);
    let total = 0;
    for (let slot = 0; slot < slots; slot++) {
      const local = localParts(format, this.start + (slot + 0.5) * this.slotMs);
      const weekend = local.weekday === 'Sat' || local.weekday === 'Sun';
      total += (HOURLY_WEIGHT[local.hour] ?? 1) * (weekend ? WEEKEND_FACTOR : 1);
      this.cumulative[slot + 1] = total;
    }
    this.yearOf = yearLookup(format, this.start, this.end);
  }

  /** The instant (ms, whole seconds) at fraction `q` of arrivals; non-decreasing in q. */
  at(q: number): number {
    const cumulative = this.cumulative;
    const target = q * (cumulative[cumulative.length - 1] as number);
    let lo = 0;
    let hi = cumulative.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((cumulative[mid] as number) <= target) lo = mid;
      else hi = mid - 1;
    }
    const from = cumulative[lo] as number;
    const width = (cumulative[lo + 1] as number) - from;
    const fraction = width > 0 ? Math.min(1, (target - from) / width) : 0;
    const ms = this.start + (lo + fraction) * this.slotMs;
    return Math.min(this.end, Math.floor(ms / 1000) * 1000);
  }

  /** The local calendar year of an instant inside the window. */
  year(ms: number): number {
    return this.yearOf(ms);
  }
}

function localParts(format: Intl.DateTimeFormat, ms: number) {
  let hour = 0;
  let weekday = '';
  let year = 0;
  for (const part of format.formatToParts(ms)) {
    if (part.type === 'hour') hour = Number(part.value) % 24;
    else if (part.type === 'weekday') weekday = part.value;
    else if (part.type === 'year') year = Number(part.value);
  }
  return { hour, weekday, year };
}

/**
 * A 90-day window holds at most one local new year: find that instant once (bisection)
 * so the per-request lookup is a comparison, not an Intl call.
 */
function yearLookup(format: Intl.DateTimeFormat, start: number, end: number) {
  const first = localParts(format, start).year;
  const last = localParts(format, end).year;
  if (first === last) return () => first;
  let lo = start;
  let hi = end;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (localParts(format, mid).year === first) lo = mid;
    else hi = mid;
  }
  return (ms: number) => (ms < hi ? first : last);
}
