import { isUuid } from '@civicgraph/platform';
import { type Kysely, sql } from 'kysely';
import type { RequestsDatabase } from './database';
import { openWorkOrder } from './work-order.repository';
import type { WorkOrder, WorkOrderStatus } from './work-order.table';
import type { KeyCount } from './work-order-stats.repository';

// Workloads of the people and crews accounts owns, read here in one statement for a
// whole list of them (Staff.openWorkOrders, Crew.workload).

export interface AssigneeOpenWork {
  totalCount: number;
  nodes: WorkOrder[];
}

/**
 * The open work of many staff members in one statement: each one's first `first`
 * work orders, soonest due first, and how many they have in all.
 */
export async function openWorkByAssignees(
  db: Kysely<RequestsDatabase>,
  staffIds: readonly string[],
  first: number,
): Promise<AssigneeOpenWork[]> {
  const ids = staffIds.filter(isUuid);
  const rows =
    ids.length === 0
      ? []
      : await db
          .selectFrom((eb) =>
            eb
              .selectFrom('workOrders')
              .selectAll()
              .select([
                sql<number>`row_number() over (partition by assignee_id order by due_at, id)`.as(
                  'position',
                ),
                sql<number>`count(*) over (partition by assignee_id)`.as('total'),
              ])
              .where('assigneeId', 'in', ids)
              .where(openWorkOrder)
              .as('open'),
          )
          .selectAll()
          .where('position', '<=', first)
          .orderBy('position')
          .execute();
  return staffIds.map((id) => {
    const mine = rows.filter((row) => row.assigneeId === id);
    return {
      totalCount: Number(mine[0]?.total ?? 0),
      nodes: mine.map(({ position: _position, total: _total, ...workOrder }) => workOrder),
    };
  });
}

export interface CrewWorkload {
  open: number;
  overdue: number;
  byStatus: KeyCount<WorkOrderStatus>[];
}

/** Open and overdue work of many crews, by status, in one statement. */
export async function workloadOfCrews(
  db: Kysely<RequestsDatabase>,
  crewIds: readonly string[],
): Promise<CrewWorkload[]> {
  const ids = crewIds.filter(isUuid);
  const rows =
    ids.length === 0
      ? []
      : await db
          .selectFrom('workOrders')
          .select([
            'crewId',
            'status',
            sql<number>`count(*)::int`.as('count'),
            sql<number>`(count(*) filter (where overdue))::int`.as('overdue'),
          ])
          .where('crewId', 'in', ids)
          .where(openWorkOrder)
          .groupBy(['crewId', 'status'])
          .orderBy('status')
          .execute();
  return crewIds.map((id) => {
    const mine = rows.filter((row) => row.crewId === id);
    return {
      open: mine.reduce((sum, row) => sum + row.count, 0),
      overdue: mine.reduce((sum, row) => sum + row.overdue, 0),
      byStatus: mine.map((row) => ({ key: row.status, count: row.count })),
    };
  });
}
