import type { Kysely } from 'kysely';
import type { RequestsDatabase } from './database';

export function listServices(db: Kysely<RequestsDatabase>, includeInactive: boolean) {
  let query = db.selectFrom('services').selectAll();
  if (!includeInactive) query = query.where('active', '=', true);
  return query.orderBy('groupEn').orderBy('nameEn').execute();
}

export function servicesByIds(db: Kysely<RequestsDatabase>, ids: readonly string[]) {
  return db.selectFrom('services').selectAll().where('id', 'in', ids).execute();
}

export function serviceByCode(db: Kysely<RequestsDatabase>, code: string) {
  return db.selectFrom('services').selectAll().where('code', '=', code).executeTakeFirst();
}
