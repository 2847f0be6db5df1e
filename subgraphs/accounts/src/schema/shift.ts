import { builder } from '../builder';
import { shiftsByStaffIds } from '../db/shift.repository';
import type { StaffShift } from '../db/shift.table';
import { isOnShift } from '../shifts/on-shift';
import { StaffRef } from './refs';

const readable = { permission: 'staff.read' } as const;

/** `07:30:00` as pg returns a `time` → `07:30`. */
const hoursAndMinutes = (time: string) => time.slice(0, 5);

const StaffShiftRef = builder.objectRef<StaffShift>('StaffShift').implement({
  description: "A shift a staff member works every week, in the city's local time.",
  authScopes: readable,
  fields: (t) => ({
    weekday: t.exposeInt('weekday', {
      description: 'ISO weekday the shift starts on: 1 = Monday … 7 = Sunday.',
    }),
    startsAt: t.string({
      description: 'Local start time, HH:MM (24-hour).',
      resolve: (shift) => hoursAndMinutes(shift.startsAt),
    }),
    endsAt: t.string({
      description: 'Local end time, HH:MM; at or before startsAt, the shift ends the next day.',
      resolve: (shift) => hoursAndMinutes(shift.endsAt),
    }),
    timeZone: t.exposeString('timeZone', {
      description: 'IANA time zone of the times, e.g. America/Phoenix.',
    }),
  }),
});

// Both batched: the shifts of every Staff of a response are read in one statement.
builder.objectFields(StaffRef, (t) => ({
  shifts: t.loadableGroup({
    type: StaffShiftRef,
    description: 'The weekly working schedule, in week order; empty when none is set.',
    authScopes: readable,
    load: (staffIds: string[], { db }) => shiftsByStaffIds(db, staffIds),
    group: (shift) => shift.staffId,
    resolve: (staff) => staff.id,
  }),
  onShift: t.loadable({
    type: 'Boolean',
    description:
      'Whether the instant (now when not given) falls in one of their shifts; false for ' +
      'someone with no schedule.',
    authScopes: readable,
    // Loaders per path: each use of the field may ask about its own instant.
    byPath: true,
    args: { at: t.arg({ type: 'DateTime', description: 'Default: now.' }) },
    load: async (staffIds: string[], { db }, args) => {
      const at = args.at ?? new Date();
      const shifts = await shiftsByStaffIds(db, staffIds);
      return staffIds.map((id) =>
        isOnShift(
          shifts.filter((shift) => shift.staffId === id),
          at,
        ),
      );
    },
    resolve: (staff) => staff.id,
  }),
}));
