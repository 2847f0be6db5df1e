import { isUuid } from '@civicgraph/platform';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { RequestsDatabase } from './database';
import { openWorkOrder } from './work-order.repository';
import type { WorkOrder } from './work-order.table';

// The work on the assets the assets subgraph owns (Asset.workOrders,
// Asset.maintenanceHistory): for a whole list of assets in one statement, each asset's
// first rows by a lateral lookup that its index (migration 0009) serves in order.

/** Which of an asset's work orders: open ones, finished ones, or (null) all. */
export type OpenOrFinished = boolean | null;

/** Work orders on each asset, newest first, at most `first` each; in the order of the ids. */
export function workOrdersOnAssets(
  db: Kysely<RequestsDatabase>,
  assetIds: readonly string[],
  first: number,
  open: OpenOrFinished,
): Promise<WorkOrder[][]> {
  const condition =
    open == null ? sql<boolean>`true` : open ? openWorkOrder : sql<boolean>`not (${openWorkOrder})`;
  return firstOfEachAsset(db, assetIds, first, condition, sql`created_at desc, id desc`);
}

/**
 * Each asset's completed and closed work orders, most recently completed first (a
 * work order closed without completing counts from its closing), at most `first` each.
 */
export function maintenanceHistoryOfAssets(
  db: Kysely<RequestsDatabase>,
  assetIds: readonly string[],
  first: number,
): Promise<WorkOrder[][]> {
  return firstOfEachAsset(
    db,
    assetIds,
    first,
    // Literal statuses: the partial index's predicate is written the same way.
    sql<boolean>`status in ('COMPLETED', 'CLOSED')`,
    sql`coalesce(completed_at, closed_at) desc, id desc`,
  );
}

async function firstOfEachAsset(
  db: Kysely<RequestsDatabase>,
  assetIds: readonly string[],
  first: number,
  condition: RawBuilder<boolean>,
  order: RawBuilder<unknown>,
): Promise<WorkOrder[][]> {
  // Any id reaches here from the gateway: only UUIDs can match, and none need no SQL.
  const ids = [...new Set(assetIds.filter(isUuid).map((id) => id.toLowerCase()))];
  const { rows } =
    ids.length === 0 || first <= 0
      ? { rows: [] }
      : await sql<WorkOrder>`
          select w.* from unnest(${ids}::uuid[]) as asset(key)
          cross join lateral (
            select * from work_orders
            where asset_id = asset.key and ${condition}
            order by ${order}
            limit ${first}
          ) as w
          order by asset.key, ${order}
        `.execute(db);
  const byAsset = new Map<string, WorkOrder[]>();
  for (const row of rows) {
    const list = byAsset.get(row.assetId!) ?? [];
    list.push(row);
    byAsset.set(row.assetId!, list);
  }
  return assetIds.map((id) => byAsset.get(id.toLowerCase()) ?? []);
}
