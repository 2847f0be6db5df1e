import type { Kysely } from 'kysely';
import type { AssetsDatabase } from './database';

export function listAssetTypes(db: Kysely<AssetsDatabase>) {
  return db.selectFrom('assetTypes').selectAll().orderBy('nameEn').execute();
}

export function assetTypesByIds(db: Kysely<AssetsDatabase>, ids: readonly string[]) {
  return db.selectFrom('assetTypes').selectAll().where('id', 'in', ids).execute();
}

export function assetTypeByCode(db: Kysely<AssetsDatabase>, code: string) {
  return db.selectFrom('assetTypes').selectAll().where('code', '=', code).executeTakeFirst();
}
