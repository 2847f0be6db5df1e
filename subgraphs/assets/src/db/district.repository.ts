import type { Kysely } from 'kysely';
import type { AssetsDatabase } from './database';

export function listDistricts(db: Kysely<AssetsDatabase>) {
  return db.selectFrom('districts').selectAll().orderBy('number').execute();
}

export function districtsByNumbers(db: Kysely<AssetsDatabase>, numbers: readonly number[]) {
  return db.selectFrom('districts').selectAll().where('number', 'in', numbers).execute();
}
