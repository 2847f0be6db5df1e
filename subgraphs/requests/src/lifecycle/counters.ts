import { type Kysely, sql, type Transaction } from 'kysely';
import type { RequestsDatabase } from '../db/database';
import type { WorkOrder } from '../db/work-order.table';
import type { WorkOrderCountsTable } from '../db/work-order-counts.table';

/** The dimensions a work order is counted under (work_order_counts' primary key). */
export type CountedWorkOrder = Pick<
  WorkOrder,
  'status' | 'departmentId' | 'serviceId' | 'district' | 'priority' | 'overdue'
>;

type CountKey = Omit<WorkOrderCountsTable, 'count'>;

function keyOf(row: CountedWorkOrder): CountKey {
  return {
    status: row.status,
    departmentId: row.departmentId,
    serviceId: row.serviceId,
    district: row.district ?? 0,
    priority: row.priority,
    overdue: row.overdue,
  };
}

function keyText(key: CountKey): string {
  return [
    key.status,
    key.departmentId,
    key.serviceId,
    key.district,
    key.priority,
    key.overdue,
  ].join('|');
}

/**
 * The counter moves of one transaction, gathered and applied at its end in key order:
 * two transactions then always lock counter rows in the same order and cannot deadlock,
 * and a work order moved twice in one transaction costs one update per row.
 */
export class CountDeltas {
  private readonly deltas = new Map<string, { key: CountKey; delta: number }>();

  /** A work order created (`before` null), changed, or removed (`after` null). */
  move(before: CountedWorkOrder | null, after: CountedWorkOrder | null) {
    if (before) this.add(keyOf(before), -1);
    if (after) this.add(keyOf(after), 1);
  }

  private add(key: CountKey, delta: number) {
    const text = keyText(key);
    const entry = this.deltas.get(text) ?? { key, delta: 0 };
    entry.delta += delta;
    this.deltas.set(text, entry);
  }

  async apply(trx: Transaction<RequestsDatabase>) {
    const moves = [...this.deltas.entries()]
      .filter(([, entry]) => entry.delta !== 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [, { key, delta }] of moves) {
      if (delta < 0) {
        // A decrement always finds its row: the work order was counted there. (An
        // upsert would not do: its insert row, with a negative count, fails the check.)
        await trx
          .updateTable('workOrderCounts')
          .set({ count: sql`count + ${delta}` })
          .where('status', '=', key.status)
          .where('departmentId', '=', key.departmentId)
          .where('serviceId', '=', key.serviceId)
          .where('district', '=', key.district)
          .where('priority', '=', key.priority)
          .where('overdue', '=', key.overdue)
          .execute();
        continue;
      }
      await trx
        .insertInto('workOrderCounts')
        .values({ ...key, count: String(delta) })
        .onConflict((oc) =>
          oc
            .columns(['status', 'departmentId', 'serviceId', 'district', 'priority', 'overdue'])
            .doUpdateSet({ count: sql`work_order_counts.count + ${delta}` }),
        )
        .execute();
    }
    this.deltas.clear();
  }
}

/**
 * Counts every work order again from the table: after a bulk load (the demo seed) or
 * to repair counters. Runs in the caller's transaction.
 */
export async function rebuildWorkOrderCounts(db: Kysely<RequestsDatabase>) {
  await sql`delete from work_order_counts`.execute(db);
  await sql`
    insert into work_order_counts (status, department_id, service_id, district, priority, overdue, count)
    select status, department_id, service_id, coalesce(district, 0), priority, overdue, count(*)
    from work_orders group by 1, 2, 3, 4, 5, 6
  `.execute(db);
}
