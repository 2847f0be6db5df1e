import type { Selectable } from 'kysely';

/** One weekly shift, in local wall-clock time of its zone (migration 0005). */
export interface StaffShiftTable {
  staffId: string;
  /** ISO weekday the shift starts on: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Local `HH:MM:SS`, as pg returns a `time`. */
  startsAt: string;
  /** At or before `startsAt`: the shift ends the next day. */
  endsAt: string;
  /** IANA zone of the times, e.g. America/Phoenix. */
  timeZone: string;
}

export type StaffShift = Selectable<StaffShiftTable>;
