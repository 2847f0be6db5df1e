import { type Kysely, sql } from 'kysely';

// Asset upkeep: a version for optimistic concurrency, the last inspection's condition,
// and an audit row per change (asset_changes), written in the change's transaction.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  await db.schema
    .alterTable('assets')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
    // 1 = failed … 5 = as new; null until a first inspection.
    .addColumn('condition_score', 'smallint', (c) => c.check(sql`condition_score between 1 and 5`))
    .addColumn('condition_inspected_on', 'date')
    .execute();
  await db.schema
    .alterTable('assets')
    .addCheckConstraint(
      'assets_condition_whole',
      sql`(condition_score is null) = (condition_inspected_on is null)`,
    )
    .execute();

  await db.schema
    .createTable('asset_changes')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('asset_id', 'uuid', (c) => c.notNull().references('assets.id'))
    // The asset's version after the change.
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) =>
      c.notNull().check(sql`action in ('CREATED', 'UPDATED', 'INSPECTED', 'RETIRED')`),
    )
    // [{ field, from, to }]
    .addColumn('changes', 'jsonb', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('asset_changes_asset_version', ['asset_id', 'version'])
    .execute();
}
