import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  // Billing staff: a role of its own, so that reading residents' accounts and bills
  // is not something every dispatcher can do.
  await sql`alter table staff drop constraint staff_role_check`.execute(db);
  await sql`alter table staff add constraint staff_role_check
    check (role in ('ADMIN', 'SUPERVISOR', 'DISPATCHER', 'FIELD_WORKER', 'ANALYST', 'BILLING'))`.execute(
    db,
  );

  // Failed attempts to link a utility account by number and PIN, counted per key:
  // `resident:<id>` (one resident trying many accounts) and `account:<number>` (many
  // residents, or one with several sign-ups, trying one account's PIN). Same shape as
  // sign_in_throttles: a window of failures and a lock when the limit is reached.
  await db.schema
    .createTable('account_link_throttles')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('locked_until', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('account_link_throttles_window_started_at')
    .on('account_link_throttles')
    .column('window_started_at')
    .execute();

  // The billing city's settings: one row. A bill is past due when its due date (a
  // calendar date in the city) has passed in the city's time zone, whatever the
  // server's own zone; the city is data (the demo seed writes its profile's zone).
  await db.schema
    .createTable('billing_settings')
    .addColumn('singleton', 'boolean', (c) => c.primaryKey().defaultTo(true).check(sql`singleton`))
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .execute();
}
