import { countsInKeyOrder } from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import type { AssetsDatabase } from './database';

export function listDistricts(db: Kysely<AssetsDatabase>) {
  return db.selectFrom('districts').selectAll().orderBy('number').execute();
}

export function districtsByNumbers(db: Kysely<AssetsDatabase>, numbers: readonly number[]) {
  return db.selectFrom('districts').selectAll().where('number', 'in', numbers).execute();
}

/**
 * Number of assets in several districts at once, for batching `CouncilDistrict.assetCount`:
 * one count per number, in the order of the numbers, 0 for a district without assets.
 */
export async function assetCountsByDistricts(
  db: Kysely<AssetsDatabase>,
  numbers: readonly number[],
): Promise<number[]> {
  const rows = await db
    .selectFrom('assets')
    .select((eb) => ['district as key', eb.fn.countAll<string>().as('count')])
    .where('district', 'in', numbers)
    .groupBy('district')
    .execute();
  return countsInKeyOrder(numbers, rows);
}
