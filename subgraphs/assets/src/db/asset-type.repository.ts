import { countsInKeyOrder } from '@civicgraph/platform';
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

/**
 * Number of assets of several types at once, for batching `AssetType.assetCount`:
 * one count per id, in the order of the ids, 0 for a type without assets.
 */
export async function assetCountsByTypeIds(
  db: Kysely<AssetsDatabase>,
  typeIds: readonly string[],
): Promise<number[]> {
  const rows = await db
    .selectFrom('assets')
    .select((eb) => ['assetTypeId as key', eb.fn.countAll<string>().as('count')])
    .where('assetTypeId', 'in', typeIds)
    .groupBy('assetTypeId')
    .execute();
  return countsInKeyOrder(typeIds, rows);
}
