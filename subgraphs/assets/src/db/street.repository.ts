import { type Kysely, sql } from 'kysely';
import type { AssetsDatabase } from './database';
import type { Street } from './street.table';

/**
 * Streets by axis, then name; only those named `name` (whatever its case) when given.
 * Names sort in byte order so that the order does not depend on the server's locale.
 */
export function listStreets(
  db: Kysely<AssetsDatabase>,
  filter: { name?: string | null },
): Promise<Street[]> {
  let query = db.selectFrom('streets').selectAll();
  if (filter.name != null) {
    const name = filter.name.toLowerCase();
    query = query.where((eb) => eb(eb.fn('lower', ['name']), '=', name));
  }
  return query.orderBy('axis').orderBy(sql`name collate "C"`).orderBy('id').execute();
}
