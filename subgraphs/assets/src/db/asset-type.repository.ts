import type { AssetsDb } from './database';

export function listAssetTypes(db: AssetsDb) {
  return db.selectFrom('assetTypes').selectAll().orderBy('nameEn').execute();
}

export function assetTypesByIds(db: AssetsDb, ids: readonly string[]) {
  return db.selectFrom('assetTypes').selectAll().where('id', 'in', ids).execute();
}

export function assetTypeByCode(db: AssetsDb, code: string) {
  return db.selectFrom('assetTypes').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Number of assets of several types at once, for batching `AssetType.assetCount`. */
export function assetCountsByTypeIds(db: AssetsDb, typeIds: readonly string[]) {
  return db
    .selectFrom('assets')
    .select((eb) => ['assetTypeId', eb.fn.countAll<number>().as('count')])
    .where('assetTypeId', 'in', typeIds)
    .groupBy('assetTypeId')
    .execute();
}
