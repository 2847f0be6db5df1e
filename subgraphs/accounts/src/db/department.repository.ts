import type { AccountsDb } from './database';

export function listDepartments(db: AccountsDb) {
  return db.selectFrom('departments').selectAll().orderBy('nameEn').execute();
}

export function departmentsByIds(db: AccountsDb, ids: readonly string[]) {
  return db.selectFrom('departments').selectAll().where('id', 'in', ids).execute();
}

export function departmentByCode(db: AccountsDb, code: string) {
  return db.selectFrom('departments').selectAll().where('code', '=', code).executeTakeFirst();
}
