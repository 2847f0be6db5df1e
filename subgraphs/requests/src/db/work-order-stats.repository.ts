import { type Kysely, sql } from 'kysely';
import type { RequestsDatabase } from './database';
import {
  countersServe,
  filteredWorkOrders,
  matchingCounters,
  openWorkOrder,
  type WorkOrderFilter,
} from './work-order.repository';
import type { WorkOrderStatus } from './work-order.table';

export interface KeyCount<Key> {
  key: Key;
  count: number;
}

export interface WorkOrderStats {
  total: number;
  overdue: number;
  byStatus: KeyCount<WorkOrderStatus>[];
  byDepartment: KeyCount<string>[];
  /** null: outside every district. */
  byDistrict: KeyCount<number | null>[];
  byService: KeyCount<string>[];
  /** Age of the open work among the matches, in hours; null when none is open. */
  openAgeMedianHours: number | null;
  openAgeP90Hours: number | null;
  /** Whether the counts came from the counters table rather than the work orders. */
  fromCounters: boolean;
}

interface GroupRow {
  dimension: 'status' | 'department' | 'district' | 'service' | 'overdue' | 'total';
  key: string | null;
  count: number;
}

// One pass over the source, grouped five ways at once (and the grand total).
const dimension = sql<GroupRow['dimension']>`case
  when grouping(status) = 0 then 'status'
  when grouping(department_id) = 0 then 'department'
  when grouping(district) = 0 then 'district'
  when grouping(service_id) = 0 then 'service'
  when grouping(overdue) = 0 then 'overdue'
  else 'total' end`;
const key = sql<
  string | null
>`coalesce(status::text, department_id::text, district::text, service_id::text, overdue::text)`;
const groupingSets = sql`grouping sets ((status), (department_id), (district), (service_id), (overdue), ())`;

async function groupedCounts(db: Kysely<RequestsDatabase>, filter: WorkOrderFilter) {
  if (countersServe(filter)) {
    const rows = await matchingCounters(db, filter)
      .select([dimension.as('dimension'), key.as('key'), sql<number>`sum(count)::int`.as('count')])
      .groupBy(groupingSets)
      .execute();
    // Counters file "no district" under 0.
    return {
      rows: rows.map((row) =>
        row.dimension === 'district' && row.key === '0' ? { ...row, key: null } : row,
      ),
      fromCounters: true,
    };
  }
  const rows = await filteredWorkOrders(db, filter)
    .select([dimension.as('dimension'), key.as('key'), sql<number>`count(*)::int`.as('count')])
    .groupBy(groupingSets)
    .execute();
  return { rows, fromCounters: false };
}

/** Counts by status, department, district and service, overdue, and the age of open work. */
export async function workOrderStats(
  db: Kysely<RequestsDatabase>,
  filter: WorkOrderFilter,
): Promise<WorkOrderStats> {
  const [{ rows, fromCounters }, age] = await Promise.all([
    groupedCounts(db, filter),
    // Open work only, whatever the filter: the partial index on open rows serves it.
    filteredWorkOrders(db, filter)
      .where(openWorkOrder)
      .select([
        sql<
          number | null
        >`percentile_cont(0.5) within group (order by extract(epoch from now() - created_at)) / 3600`.as(
          'median',
        ),
        sql<
          number | null
        >`percentile_cont(0.9) within group (order by extract(epoch from now() - created_at)) / 3600`.as(
          'p90',
        ),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  const of = (name: GroupRow['dimension']) =>
    rows
      .filter((row) => row.dimension === name && row.count > 0)
      .map((row) => ({ key: row.key, count: row.count }))
      .sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));
  return {
    total: rows.find((row) => row.dimension === 'total')?.count ?? 0,
    overdue: rows.find((row) => row.dimension === 'overdue' && row.key === 'true')?.count ?? 0,
    byStatus: of('status') as KeyCount<WorkOrderStatus>[],
    byDepartment: of('department') as KeyCount<string>[],
    byDistrict: of('district').map((row) => ({
      key: row.key === null ? null : Number(row.key),
      count: row.count,
    })),
    byService: of('service') as KeyCount<string>[],
    openAgeMedianHours: age.median === null ? null : Number(age.median),
    openAgeP90Hours: age.p90 === null ? null : Number(age.p90),
    fromCounters,
  };
}
