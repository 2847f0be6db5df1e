import type { Insertable, Kysely } from 'kysely';
import type { AccountsDatabase } from './database';
import type { StaffShiftTable } from './shift.table';

/** The shifts of several staff members at once, in week order, for batching. */
export function shiftsByStaffIds(db: Kysely<AccountsDatabase>, staffIds: readonly string[]) {
  return db
    .selectFrom('staffShifts')
    .selectAll()
    .where('staffId', 'in', staffIds)
    .orderBy('staffId')
    .orderBy('weekday')
    .orderBy('startsAt')
    .execute();
}

export function insertShifts(
  db: Kysely<AccountsDatabase>,
  rows: readonly Insertable<StaffShiftTable>[],
) {
  return db.insertInto('staffShifts').values(rows).execute();
}
