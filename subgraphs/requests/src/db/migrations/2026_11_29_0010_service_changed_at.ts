import { type Kysely, sql } from 'kysely';

// When what the catalog publishes of a service (its texts, attributes, retirement)
// last changed: Open311 discovery's changeset, which clients watch to refresh their
// cached services and definitions. Neither created_at nor retired_at moves on an edit.
// Rows already there count from when they were added or retired.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  await db.schema.alterTable('services').addColumn('changed_at', 'timestamptz').execute();
  await sql`update services set changed_at = greatest(created_at, retired_at)`.execute(db);
  await db.schema
    .alterTable('services')
    .alterColumn('changed_at', (c) => c.setNotNull())
    .execute();
  await db.schema
    .alterTable('services')
    .alterColumn('changed_at', (c) => c.setDefault(sql`now()`))
    .execute();
}
