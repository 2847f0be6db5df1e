import { type Kysely, sql } from 'kysely';

// The overdue scheduler asks, every 30 seconds, for open work that is past due and not
// yet marked: a few rows among a million. This partial index holds only open,
// unmarked work, ordered by due time, so the scan reads just the rows it flips. The
// predicate is worded exactly as the scheduler's query (overdue-scheduler.ts), so the
// planner can match it.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  await sql`
    create index work_orders_overdue_scan on work_orders (due_at)
    where not overdue and status not in ('COMPLETED', 'CLOSED', 'CANCELLED')
  `.execute(db);
}
