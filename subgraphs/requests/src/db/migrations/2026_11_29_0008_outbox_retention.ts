import { type Kysely, sql } from 'kysely';

// Outbox events are kept for a retention window (lifecycle/outbox-retention.ts). A
// reader resuming after id N must learn when events after N are gone: the one row of
// outbox_horizon says up to which id they may be, raised in the same transaction as
// each delete. `id` is true and only true: the table cannot hold a second row.
//
// No index is added, and the prune does not use outbox_events_occurred_at (0003): it
// walks the primary key up from the horizon (`id > pruned_through order by id limit
// n`), so each batch reads the rows it deletes and at most the first it keeps, and
// never steps over the dead entries earlier batches left. Deleting by an occurred_at
// range instead could take rows out of id order (occurred_at is when a transaction
// began, ids follow commit order), and then one "pruned through" id would not say
// what is gone.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  await db.schema
    .createTable('outbox_horizon')
    .addColumn('id', 'boolean', (c) => c.primaryKey().defaultTo(true).check(sql`id`))
    .addColumn('pruned_through', 'bigint', (c) =>
      c.notNull().defaultTo(0).check(sql`pruned_through >= 0`),
    )
    .addColumn('pruned_at', 'timestamptz')
    .execute();
  await db.insertInto('outbox_horizon').defaultValues().execute();
}
