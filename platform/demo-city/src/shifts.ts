/**
 * Weekly working shifts of the field workers, so that dispatch can tell who is on shift:
 * most work days, some evenings, weekends or nights, and at any hour some are off.
 * Drawn from their own stream, so adding them changed nothing else in the city.
 */
import { Random } from './random';
import type { CityProfile, StaffSeed, StaffShiftSeed } from './types';

interface ShiftPattern {
  name: string;
  weekdays: number[];
  startsAt: string;
  endsAt: string;
  weight: number;
}

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const SHIFT_PATTERNS: readonly ShiftPattern[] = [
  { name: 'day', weekdays: [1, 2, 3, 4, 5], startsAt: '07:00', endsAt: '15:30', weight: 60 },
  { name: 'evening', weekdays: [1, 2, 3, 4, 5], startsAt: '15:00', endsAt: '23:30', weight: 15 },
  // Four ten-hour days around the weekend.
  { name: 'weekend', weekdays: [5, 6, 7, 1], startsAt: '07:00', endsAt: '17:30', weight: 15 },
  // Past midnight: Sunday 22:00 until Monday 06:30, and so on.
  { name: 'night', weekdays: [7, 1, 2, 3, 4], startsAt: '22:00', endsAt: '06:30', weight: 10 },
];

const DAY_SHIFT = SHIFT_PATTERNS[0] as ShiftPattern;

export function buildShifts(
  profile: CityProfile,
  seed: number,
  staff: readonly StaffSeed[],
): StaffShiftSeed[] {
  const random = Random.derive(seed, 'shifts', 0);
  const shifts: StaffShiftSeed[] = [];
  for (const person of staff) {
    if (person.role !== 'FIELD_WORKER') continue;
    // The documented field-worker login keeps office hours, so a demo is predictable.
    const pattern = person.demoPassword
      ? DAY_SHIFT
      : random.weightedPick(SHIFT_PATTERNS, (p) => p.weight);
    for (const weekday of pattern.weekdays) {
      shifts.push({
        staffId: person.id,
        weekday,
        startsAt: pattern.startsAt,
        endsAt: pattern.endsAt,
        timeZone: profile.timeZone,
      });
    }
  }
  return shifts;
}
