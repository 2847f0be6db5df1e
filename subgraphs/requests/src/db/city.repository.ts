import { type Kysely, sql } from 'kysely';
import type { CityTable, DistrictTable } from './city.table';
import type { RequestsDatabase } from './database';

export interface CitySettings {
  city: CityTable;
  districts: DistrictTable[];
}

/** The city changes only when it is set up again: read it once a minute at most. */
const CITY_TTL_MS = 60_000;
const cache = new WeakMap<object, { at: number; settings: Promise<CitySettings> }>();

async function readCity(db: Kysely<RequestsDatabase>): Promise<CitySettings> {
  const city = await db
    .selectFrom('city')
    .selectAll()
    // pg turns a `date` into a Date at the server's local midnight: the SLA clock
    // compares holidays as the city's YYYY-MM-DD strings, whatever the DateStyle.
    .select(
      sql<string[]>`array(select to_char(d, 'YYYY-MM-DD') from unnest(holidays) d order by d)`.as(
        'holidays',
      ),
    )
    .executeTakeFirst();
  if (!city) throw new Error('The requests schema has no city: seed or configure one first');
  const districts = await db.selectFrom('districts').selectAll().orderBy('number').execute();
  return { city, districts };
}

/** The city this deployment serves (boundary, districts, calendar), cached per pool. */
export function citySettings(db: Kysely<RequestsDatabase>): Promise<CitySettings> {
  const cached = cache.get(db);
  if (cached && Date.now() - cached.at < CITY_TTL_MS) return cached.settings;
  const settings = readCity(db);
  cache.set(db, { at: Date.now(), settings });
  // A failed read is not kept: the next call tries again.
  settings.catch(() => cache.delete(db));
  return settings;
}
