import type { Kysely } from 'kysely';
import type { AssetsDatabase } from './database';

export function listDistricts(db: Kysely<AssetsDatabase>) {
  return db.selectFrom('districts').selectAll().orderBy('number').execute();
}

export function districtsByNumbers(db: Kysely<AssetsDatabase>, numbers: readonly number[]) {
  return db.selectFrom('districts').selectAll().where('number', 'in', numbers).execute();
}

/** Number of assets in several districts at once, for batching `CouncilDistrict.assetCount`. */
export function assetCountsByDistricts(db: Kysely<AssetsDatabase>, numbers: readonly number[]) {
  return (
    db
      .selectFrom('assets')
      .select((eb) => ['district', eb.fn.countAll<number>().as('count')])
      .where('district', 'in', numbers)
      .groupBy('district')
      // The `in` list holds no null, so neither does the result.
      .$narrowType<{ district: number }>()
      .execute()
  );
}
