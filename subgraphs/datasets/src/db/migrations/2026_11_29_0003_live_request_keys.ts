import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  // The 311 publisher's own memory: which published row a request's events belong to.
  // Work order events name their request by id only; the id is never published.
  await db.schema
    .createTable('live_request_keys')
    .addColumn('service_request_id', 'uuid', (c) => c.primaryKey())
    .addColumn('row_key', 'text', (c) => c.notNull())
    .execute();
}
