import type { Kysely } from 'kysely';
import type { AccountsDatabase } from './database';

export function listDepartments(db: Kysely<AccountsDatabase>) {
  return db.selectFrom('departments').selectAll().orderBy('nameEn').execute();
}

export function departmentsByIds(db: Kysely<AccountsDatabase>, ids: readonly string[]) {
  return db.selectFrom('departments').selectAll().where('id', 'in', ids).execute();
}

export function departmentByCode(db: Kysely<AccountsDatabase>, code: string) {
  return db.selectFrom('departments').selectAll().where('code', '=', code).executeTakeFirst();
}
