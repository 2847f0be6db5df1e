import type { Kysely } from 'kysely';
import type { AccountsDatabase } from './database';

export function crewsByIds(db: Kysely<AccountsDatabase>, ids: readonly string[]) {
  return db.selectFrom('crews').selectAll().where('id', 'in', ids).execute();
}

/** Crews of several departments at once, for batching `Department.crews`. */
export function crewsByDepartmentIds(
  db: Kysely<AccountsDatabase>,
  departmentIds: readonly string[],
) {
  return db
    .selectFrom('crews')
    .selectAll()
    .where('departmentId', 'in', departmentIds)
    .orderBy('name')
    .execute();
}
