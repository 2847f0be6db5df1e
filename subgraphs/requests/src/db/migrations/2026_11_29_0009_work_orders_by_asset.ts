import { type Kysely, sql } from 'kysely';

// Asset.workOrders and Asset.maintenanceHistory read each asset's newest work orders
// (one lateral lookup per asset of a response): these indexes give each lookup its
// first rows in order instead of sorting all the asset's work. The history's
// predicate and sort key repeat the repository's wording, so the planner matches them.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  await sql`
    create index work_orders_asset_newest on work_orders (asset_id, created_at desc, id desc)
    where asset_id is not null
  `.execute(db);
  await sql`
    create index work_orders_asset_finished on work_orders
      (asset_id, (coalesce(completed_at, closed_at)) desc, id desc)
    where asset_id is not null and status in ('COMPLETED', 'CLOSED')
  `.execute(db);
}
