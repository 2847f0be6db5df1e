import { type Kysely, sql } from 'kysely';

// The dispatch list and its count ask for open work orders, a small share of all
// of them (about 7% in the demo city). A partial index holds just those rows, so
// both the newest-first page and totalCount read it instead of the whole table.
// The predicate repeats the filter's wording exactly, so the planner can match it.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  await sql`
    create index work_orders_open_newest on work_orders (created_at desc, id desc)
    where status not in ('COMPLETED', 'CLOSED', 'CANCELLED')
  `.execute(db);
}
