import type { KeysetPage } from '@civicgraph/platform';
import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { AccountsDatabase } from './database';
import type { StaffRole, StaffTable } from './staff.table';

export interface StaffFilter {
  departmentId?: string | null;
  crewId?: string | null;
  role?: StaffRole | null;
}

/** Sort key of the staff directory, also the cursor of its pages. */
export interface StaffCursor {
  familyName: string;
  givenName: string;
  id: string;
}

export function staffByIds(db: Kysely<AccountsDatabase>, ids: readonly string[]) {
  return db.selectFrom('staff').selectAll().where('id', 'in', ids).execute();
}

/** Members of several crews at once, for batching `Crew.members`. */
export function staffByCrewIds(db: Kysely<AccountsDatabase>, crewIds: readonly string[]) {
  return db
    .selectFrom('staff')
    .selectAll()
    .where('crewId', 'in', crewIds)
    .orderBy('familyName')
    .orderBy('givenName')
    .execute();
}

function filtered(db: Kysely<AccountsDatabase>, filter: StaffFilter) {
  let query = db.selectFrom('staff');
  if (filter.departmentId) query = query.where('departmentId', '=', filter.departmentId);
  if (filter.crewId) query = query.where('crewId', '=', filter.crewId);
  if (filter.role) query = query.where('role', '=', filter.role);
  return query;
}

/** One page of the staff directory in name order (keyset pagination). */
export function pageOfStaff(
  db: Kysely<AccountsDatabase>,
  filter: StaffFilter,
  page: KeysetPage<StaffCursor>,
) {
  const direction = page.inverted ? 'desc' : 'asc';
  let query = filtered(db, filter).selectAll();
  if (page.after) {
    const { familyName, givenName, id } = page.after;
    query = query.where((eb) =>
      eb(eb.refTuple('familyName', 'givenName', 'id'), '>', eb.tuple(familyName, givenName, id)),
    );
  }
  if (page.before) {
    const { familyName, givenName, id } = page.before;
    query = query.where((eb) =>
      eb(eb.refTuple('familyName', 'givenName', 'id'), '<', eb.tuple(familyName, givenName, id)),
    );
  }
  return query
    .orderBy('familyName', direction)
    .orderBy('givenName', direction)
    .orderBy('id', direction)
    .limit(page.limit)
    .execute();
}

export async function countStaff(db: Kysely<AccountsDatabase>, filter: StaffFilter) {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The staff member with an email, compared as the unique index does (lower case). */
export function staffByEmail(db: Kysely<AccountsDatabase>, normalisedEmail: string) {
  return db
    .selectFrom('staff')
    .selectAll()
    .where(sql<string>`lower(email)`, '=', normalisedEmail)
    .executeTakeFirst();
}

export function insertStaff(db: Kysely<AccountsDatabase>, row: Insertable<StaffTable>) {
  return db.insertInto('staff').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateStaff(
  db: Kysely<AccountsDatabase>,
  id: string,
  changes: Updateable<StaffTable>,
) {
  return db
    .updateTable('staff')
    .set(changes)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * The active administrators, locked until the transaction ends: two admins demoting
 * each other at once must not leave the city with none.
 */
export async function lockActiveAdminIds(db: Kysely<AccountsDatabase>) {
  const rows = await db
    .selectFrom('staff')
    .select('id')
    .where('role', '=', 'ADMIN')
    .where('active', '=', true)
    .forUpdate()
    .execute();
  return rows.map((row) => row.id);
}
