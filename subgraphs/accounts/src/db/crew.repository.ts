import type { AccountsDb } from './database';

export function crewsByIds(db: AccountsDb, ids: readonly string[]) {
  return db.selectFrom('crews').selectAll().where('id', 'in', ids).execute();
}

/** Crews of several departments at once, for batching `Department.crews`. */
export function crewsByDepartmentIds(db: AccountsDb, departmentIds: readonly string[]) {
  return db
    .selectFrom('crews')
    .selectAll()
    .where('departmentId', 'in', departmentIds)
    .orderBy('name')
    .execute();
}
