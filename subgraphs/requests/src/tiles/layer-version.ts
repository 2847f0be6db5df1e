import { type Kysely, sql } from 'kysely';
import type { RequestsDatabase } from '../db/database';

/**
 * What the work-order and request tiles are built from, as one comparable value:
 * the newest outbox event (every change to a request or a work order writes one in
 * its own transaction, and ids become visible in order: lifecycle/outbox.ts), and a
 * digest of the catalog (service codes, departments and which services are
 * location-sensitive change what tiles show, and catalog edits write no event).
 * Cheap: a primary-key lookup and a few hundred catalog rows, so a 304 costs this
 * one statement and no tile query.
 */
export async function tileDataVersion(db: Kysely<RequestsDatabase>): Promise<string> {
  // The pruner may have deleted every event: its watermark is then the newest id seen.
  const { rows } = await sql<{ newest: string | number; catalog: string | null }>`
    select greatest(
             coalesce((select max(id) from outbox_events), 0),
             coalesce((select pruned_through from outbox_horizon), 0)
           ) as newest,
           (select md5(string_agg(id::text || ':' || code || ':' || department_id::text || ':' ||
                                  location_sensitive::text, ',' order by id))
              from services) as catalog
  `.execute(db);
  const row = rows[0];
  return `${row?.newest ?? 0}:${row?.catalog ?? 'empty'}`;
}
