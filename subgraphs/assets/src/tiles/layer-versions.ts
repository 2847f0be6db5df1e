import { type Kysely, sql } from 'kysely';
import type { AssetsDatabase } from '../db/database';

/**
 * How far below the newest audit id the assets version also counts rows: a change
 * whose transaction took an id earlier but committed after a later one lands in
 * this window, and the count moves even though the newest id did not.
 */
const LATE_COMMIT_WINDOW = 1000;

/**
 * The version of the `assets` layer, for its ETags. Every change to an asset (created,
 * updated, inspected, retired) writes one `asset_changes` row in its own transaction
 * (see upkeep/asset-commands.ts), so the newest audit id moves with every change; it is
 * read from the primary key's index (one backward step), not from the assets table.
 * Ids come from a sequence, taken in start order but committed in any order, so the
 * number of rows in the last `LATE_COMMIT_WINDOW` ids goes with it: a slower transaction
 * that commits a lower id later still changes the version. (`max(updated_at)` would have
 * the same ordering problem, and no index.) Rows written around the upkeep code (the
 * demo seed) leave no audit row: a database reseeded under a running server keeps its
 * version, and the geography hash the ETags also carry is what tells a new city apart.
 */
export async function assetsLayerVersion(db: Kysely<AssetsDatabase>): Promise<string> {
  const result = await sql<{ newest: string | null; recent: string }>`
    with newest as (select max(id) as id from asset_changes)
    select newest.id as newest,
      (select count(*) from asset_changes c where c.id > newest.id - ${LATE_COMMIT_WINDOW}) as recent
    from newest
  `.execute(db);
  const row = result.rows[0];
  return `${row?.newest ?? 0}:${row?.recent ?? 0}`;
}

/**
 * A hash of everything the `streets` and `districts` layers and the style are built
 * from (streets, districts, the city's profile and boundary), computed in the database
 * so that only 32 characters come back. Rows are hashed in key order, so the same
 * content always gives the same hash.
 */
export async function geographyContentHash(db: Kysely<AssetsDatabase>): Promise<string> {
  const result = await sql<{ hash: string }>`
    select md5(concat_ws('#',
      coalesce((select string_agg(concat_ws('|', id, name, axis, geometry::text), ',' order by id) from streets), ''),
      coalesce((select string_agg(concat_ws('|', number, name, boundary::text), ',' order by number) from districts), ''),
      coalesce((select string_agg(concat_ws('|', id, name, west, south, east, north, boundary::text), ',' order by id) from city), '')
    )) as hash
  `.execute(db);
  return result.rows[0]?.hash ?? '';
}
