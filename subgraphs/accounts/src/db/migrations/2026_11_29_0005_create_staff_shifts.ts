import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  // A weekly schedule: one row per shift a staff member works each week, in local
  // wall-clock time. The zone is kept with the times (the city's, from its profile),
  // so "on shift now" is answered here without asking the subgraph that holds the city.
  await db.schema
    .createTable('staff_shifts')
    .addColumn('staff_id', 'uuid', (c) => c.notNull().references('staff.id').onDelete('cascade'))
    // ISO weekday the shift starts on: 1 = Monday … 7 = Sunday.
    .addColumn('weekday', 'smallint', (c) => c.notNull().check(sql`weekday between 1 and 7`))
    .addColumn('starts_at', 'time', (c) => c.notNull())
    // At or before starts_at: the shift runs past midnight into the next day.
    .addColumn('ends_at', 'time', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('staff_shifts_pkey', ['staff_id', 'weekday', 'starts_at'])
    .addCheckConstraint('staff_shifts_not_empty', sql`starts_at <> ends_at`)
    .execute();
}
