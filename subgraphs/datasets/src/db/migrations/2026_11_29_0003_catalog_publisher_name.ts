import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  // DCAT-US requires the publisher's name. Departments live in the accounts schema,
  // which this one never joins, and /data.json is read by anonymous harvesters: the
  // catalog keeps the name it publishes under, as it does the contact point.
  await db.schema
    .alterTable('datasets')
    .addColumn('publisher_name', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}
