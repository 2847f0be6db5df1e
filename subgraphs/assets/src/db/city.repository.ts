import type { City } from './city.table';
import type { AssetsDb } from './database';

/** The city this deployment serves; undefined until the city profile is seeded. */
export function theCity(db: AssetsDb): Promise<City | undefined> {
  return db.selectFrom('city').selectAll().executeTakeFirst();
}
