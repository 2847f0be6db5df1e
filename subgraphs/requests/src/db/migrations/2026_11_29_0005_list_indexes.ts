import { type Kysely, sql } from 'kysely';

// Indexes for the list filters and orderings of issue 7. The dispatcher's list asks
// for open work (a small share of all of it), so its orderings get partial indexes on
// open rows whose predicate repeats the filter's wording exactly (the planner matches
// it textually). Every filter has an index of its own; the planner then picks the
// filter's index or the ordering's, and either is an index scan.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  // Extensions are per database; test files migrating schemas of one database in
  // parallel would race on the catalog without this lock.
  await sql`select pg_advisory_xact_lock(hashtext('civicgraph: create extension pg_trgm'))`.execute(
    db,
  );
  await sql`create extension if not exists pg_trgm with schema public`.execute(db);

  const open = sql.raw(`where status not in ('COMPLETED', 'CLOSED', 'CANCELLED')`);
  // URGENT > HIGH > NORMAL > LOW: the same expression as work-order.repository's rank.
  const rank = sql.raw(
    `(case priority when 'URGENT' then 4 when 'HIGH' then 3 when 'NORMAL' then 2 else 1 end)`,
  );
  const statements = [
    // Orderings of the open list (created_at desc, id desc exists: migration 0002).
    sql`create index work_orders_open_due on work_orders (due_at, id) ${open}`,
    sql`create index work_orders_open_updated on work_orders (updated_at, id) ${open}`,
    sql`create index work_orders_open_rank on work_orders (${rank}, id) ${open}`,
    // The same orderings over all work orders.
    sql`create index work_orders_due on work_orders (due_at, id)`,
    sql`create index work_orders_updated on work_orders (updated_at, id)`,
    sql`create index work_orders_rank on work_orders (${rank}, id)`,
    // Filters of their own.
    sql`create index work_orders_service_id on work_orders (service_id)`,
    sql`create index work_orders_district on work_orders (district, created_at)`,
    sql`create index work_orders_open_overdue on work_orders (due_at, id) where overdue`,
    sql`create index work_orders_summary_trgm on work_orders using gin (summary public.gin_trgm_ops)`,
    // Requests: text over description and address as one expression, one index.
    sql`create index service_requests_text_trgm on service_requests using gin ((description || ' ' || address) public.gin_trgm_ops)`,
    sql`create index service_requests_updated on service_requests (updated_at, id)`,
    sql`create index service_requests_district on service_requests (district, requested_at)`,
    sql`create index service_requests_channel on service_requests (channel, requested_at)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
