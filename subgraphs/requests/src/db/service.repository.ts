import type { RequestsDb } from './database';

export function listServices(db: RequestsDb, includeInactive: boolean) {
  let query = db.selectFrom('services').selectAll();
  if (!includeInactive) query = query.where('active', '=', true);
  return query.orderBy('groupEn').orderBy('nameEn').execute();
}

export function servicesByIds(db: RequestsDb, ids: readonly string[]) {
  return db.selectFrom('services').selectAll().where('id', 'in', ids).execute();
}

export function serviceByCode(db: RequestsDb, code: string) {
  return db.selectFrom('services').selectAll().where('code', '=', code).executeTakeFirst();
}
