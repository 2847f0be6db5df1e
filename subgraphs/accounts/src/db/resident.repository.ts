import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { AccountsDatabase } from './database';
import type { ResidentTable } from './resident.table';

type Db = Kysely<AccountsDatabase>;

export function residentsByIds(db: Db, ids: readonly string[]) {
  return db.selectFrom('residents').selectAll().where('id', 'in', ids).execute();
}

/** The resident with this (already normalised) email, active or not. */
export function residentByEmail(db: Db, email: string) {
  return db.selectFrom('residents').selectAll().where('email', '=', email).executeTakeFirst();
}

/** Creates a resident; undefined when the email is taken (the unique index decides). */
export function insertResident(db: Db, row: Insertable<ResidentTable>) {
  return db
    .insertInto('residents')
    .values(row)
    .onConflict((oc) => oc.column('email').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function updateResident(
  db: Db,
  id: string,
  changes: Pick<
    Updateable<ResidentTable>,
    'fullName' | 'phone' | 'mailingAddress' | 'preferredLanguage'
  >,
) {
  return db
    .updateTable('residents')
    .set({ ...changes, updatedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}
