import type { Kysely } from 'kysely';
import type { City } from './city.table';
import type { AssetsDatabase } from './database';

/** The city this deployment serves; undefined until the city profile is seeded. */
export function theCity(db: Kysely<AssetsDatabase>): Promise<City | undefined> {
  return db.selectFrom('city').selectAll().executeTakeFirst();
}
