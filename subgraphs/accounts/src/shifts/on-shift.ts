import { isoWeekday, localParts } from '@civicgraph/platform';

/** A weekly shift as stored: ISO weekday it starts on, local `HH:MM[:SS]` times, zone. */
export interface WeeklyShift {
  weekday: number;
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

/** The ISO weekday and the seconds since local midnight of an instant in a zone. */
export function localWeekTime(at: Date, timeZone: string) {
  const local = localParts(at, timeZone);
  return { weekday: isoWeekday(local.date), seconds: local.seconds };
}

/** `07:30` or `07:30:00` → seconds since midnight. */
export function secondsOfDay(time: string) {
  const [hours = 0, minutes = 0, seconds = 0] = time.split(':').map(Number);
  return hours * 3600 + minutes * 60 + seconds;
}

/**
 * Whether the instant falls in one of the shifts: from its start (inclusive) to its end
 * (exclusive) in the shift's zone. A shift ending at or before its start runs past
 * midnight, so Monday 22:00–06:00 also covers early Tuesday. No shifts: never on shift.
 */
export function isOnShift(shifts: readonly WeeklyShift[], at: Date): boolean {
  return shifts.some((shift) => {
    const now = localWeekTime(at, shift.timeZone);
    const start = secondsOfDay(shift.startsAt);
    const end = secondsOfDay(shift.endsAt);
    if (end > start) {
      return shift.weekday === now.weekday && now.seconds >= start && now.seconds < end;
    }
    const dayBefore = now.weekday === 1 ? 7 : now.weekday - 1;
    return (
      (shift.weekday === now.weekday && now.seconds >= start) ||
      (shift.weekday === dayBefore && now.seconds < end)
    );
  });
}
