import type { KeysetPage } from '@civicgraph/platform';
import { type Kysely, sql } from 'kysely';
import { boundedCount, type ListCount } from './bounded-count';
import type { RequestsDatabase } from './database';
import {
  keysetPlan,
  type SortColumn,
  type SortDirection,
  type SortKey,
  sortKeyText,
} from './keyset';
import {
  containsPattern,
  equalsAny,
  insideBox,
  nearPoint,
  type OneOrMany,
  oneOf,
  type PlaceTimeTextFilter,
} from './list-conditions';
import {
  finishedWorkOrderStatuses,
  type WorkOrderPriority,
  type WorkOrderStatus,
  workOrderPriorities,
} from './work-order.table';

export interface WorkOrderFilter extends PlaceTimeTextFilter {
  statuses?: readonly WorkOrderStatus[] | null;
  /** true: still to be done (not completed, closed or cancelled); false: finished. */
  open?: boolean | null;
  // One id (the GraphQL filter) or any of several (map tiles).
  departmentId?: OneOrMany<string> | null;
  crewId?: OneOrMany<string> | null;
  assigneeId?: OneOrMany<string> | null;
  serviceId?: OneOrMany<string> | null;
  /** Council district of the work order (copied from its request). */
  district?: OneOrMany<number> | null;
  /** The stored flag the overdue scheduler keeps. */
  overdue?: boolean | null;
  priorities?: readonly WorkOrderPriority[] | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
}

export type WorkOrderSortField = 'DUE_AT' | 'PRIORITY' | 'CREATED_AT' | 'UPDATED_AT';

export interface WorkOrderOrdering {
  field: WorkOrderSortField;
  direction: SortDirection;
}

/** Newest first, as the list was before orderings. */
export const defaultWorkOrderOrdering: WorkOrderOrdering = {
  field: 'CREATED_AT',
  direction: 'DESC',
};

/** A priority's place, URGENT highest: the rank indexes of migration 0005 use this text. */
export const priorityRank = `(case priority when 'URGENT' then 4 when 'HIGH' then 3 when 'NORMAL' then 2 else 1 end)`;

export const workOrderSortColumns: Record<WorkOrderSortField, SortColumn> = {
  DUE_AT: { expression: 'due_at', kind: 'timestamp' },
  PRIORITY: { expression: priorityRank, kind: 'rank' },
  CREATED_AT: { expression: 'created_at', kind: 'timestamp' },
  UPDATED_AT: { expression: 'updated_at', kind: 'timestamp' },
};

export function rankOf(priority: WorkOrderPriority) {
  return workOrderPriorities.indexOf(priority) + 1;
}

// Literal, not parameters: partial indexes on open work match this text exactly.
const finishedList = sql.raw(finishedWorkOrderStatuses.map((s) => `'${s}'`).join(', '));
function openStatus(column: 'status' | 'w.status') {
  return sql<boolean>`${sql.ref(column)} not in (${finishedList})`;
}
export const openWorkOrder = openStatus('status');

export function workOrdersByIds(db: Kysely<RequestsDatabase>, ids: readonly string[]) {
  return db.selectFrom('workOrders').selectAll().where('id', 'in', ids).execute();
}

export function workOrderByNumber(db: Kysely<RequestsDatabase>, number: string) {
  return db.selectFrom('workOrders').selectAll().where('number', '=', number).executeTakeFirst();
}

/** Work orders of several requests at once, for batching `ServiceRequest.workOrders`. */
export function workOrdersByServiceRequestIds(
  db: Kysely<RequestsDatabase>,
  requestIds: readonly string[],
) {
  return db
    .selectFrom('workOrders')
    .selectAll()
    .where('serviceRequestId', 'in', requestIds)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

/**
 * Work orders whose summary, or whose request's description or address, holds the
 * text. `openOnly` narrows both halves to open work, so a common word in the
 * dispatcher's list reads the partial index on open work rather than every work order.
 */
function textMatches(db: Kysely<RequestsDatabase>, text: string, openOnly: boolean) {
  const pattern = containsPattern(text);
  // A union of two index searches: an OR across the two tables would read every row.
  let bySummary = db
    .selectFrom('workOrders')
    .select('id')
    .where(sql<boolean>`summary ilike ${pattern}`);
  let byRequest = db
    .selectFrom('workOrders as w')
    .innerJoin('serviceRequests as r', 'r.id', 'w.serviceRequestId')
    .select('w.id')
    .where(sql<boolean>`(r.description || ' ' || r.address) ilike ${pattern}`);
  if (openOnly) {
    bySummary = bySummary.where(openWorkOrder);
    byRequest = byRequest.where(openStatus('w.status'));
  }
  return bySummary.union(byRequest);
}

export function filteredWorkOrders(db: Kysely<RequestsDatabase>, filter: WorkOrderFilter) {
  let query = db.selectFrom('workOrders');
  if (filter.statuses) query = query.where(oneOf(sql.ref('status'), filter.statuses));
  if (filter.open === true) query = query.where(openWorkOrder);
  if (filter.open === false) query = query.where(sql<boolean>`not (${openWorkOrder})`);
  if (filter.departmentId) query = query.where(equalsAny('department_id', filter.departmentId));
  if (filter.crewId) query = query.where(equalsAny('crew_id', filter.crewId));
  if (filter.assigneeId) query = query.where(equalsAny('assignee_id', filter.assigneeId));
  if (filter.serviceId) query = query.where(equalsAny('service_id', filter.serviceId));
  if (filter.district != null) query = query.where(equalsAny('district', filter.district));
  if (filter.overdue === true) query = query.where(sql<boolean>`overdue`);
  if (filter.overdue === false) query = query.where(sql<boolean>`not overdue`);
  if (filter.priorities) {
    query = query.where(oneOf(sql.raw(priorityRank), filter.priorities.map(rankOf)));
  }
  if (filter.bbox) query = query.where(insideBox(filter.bbox));
  if (filter.near) query = query.where(nearPoint(filter.near));
  if (filter.createdAfter) query = query.where('createdAt', '>=', filter.createdAfter);
  if (filter.createdBefore) query = query.where('createdAt', '<', filter.createdBefore);
  if (filter.updatedAfter) query = query.where('updatedAt', '>=', filter.updatedAfter);
  if (filter.updatedBefore) query = query.where('updatedAt', '<', filter.updatedBefore);
  const text = filter.text;
  if (text) query = query.where('id', 'in', () => textMatches(db, text, filter.open === true));
  return query;
}

/** The query of one page of work orders (keyset on the sort key, then id). */
export function pageOfWorkOrdersQuery(
  db: Kysely<RequestsDatabase>,
  filter: WorkOrderFilter,
  ordering: WorkOrderOrdering,
  page: KeysetPage<SortKey>,
) {
  const column = workOrderSortColumns[ordering.field];
  const plan = keysetPlan(column, ordering.direction, page);
  let query = filteredWorkOrders(db, filter).selectAll().select(sortKeyText(column).as('sortKey'));
  for (const condition of plan.conditions) query = query.where(condition);
  return query.orderBy(plan.sortBy, plan.order).orderBy('id', plan.order).limit(page.limit);
}

/** One page of work orders in the given order. */
export function pageOfWorkOrders(
  db: Kysely<RequestsDatabase>,
  filter: WorkOrderFilter,
  ordering: WorkOrderOrdering,
  page: KeysetPage<SortKey>,
) {
  return pageOfWorkOrdersQuery(db, filter, ordering, page).execute();
}

// The dimensions work_order_counts keeps (migration 0003), as filter keys.
const countedDimensions = new Set<keyof WorkOrderFilter>([
  'statuses',
  'open',
  'departmentId',
  'serviceId',
  'district',
  'priorities',
  'overdue',
]);

/** Whether the counters table can answer for this filter: it uses only its dimensions. */
export function countersServe(filter: WorkOrderFilter) {
  return Object.entries(filter).every(
    ([key, value]) => value == null || countedDimensions.has(key as keyof WorkOrderFilter),
  );
}

/** The counters' rows that a filter of counted dimensions selects. */
export function matchingCounters(db: Kysely<RequestsDatabase>, filter: WorkOrderFilter) {
  let query = db.selectFrom('workOrderCounts');
  if (filter.statuses) query = query.where(oneOf(sql.ref('status'), filter.statuses));
  if (filter.open === true) query = query.where('status', 'not in', finishedWorkOrderStatuses);
  if (filter.open === false) query = query.where('status', 'in', finishedWorkOrderStatuses);
  if (filter.departmentId) query = query.where(equalsAny('department_id', filter.departmentId));
  if (filter.serviceId) query = query.where(equalsAny('service_id', filter.serviceId));
  // Counters file work orders outside every district under 0; a filter names 1 and up.
  if (filter.district != null) query = query.where(equalsAny('district', filter.district));
  if (filter.overdue != null) query = query.where('overdue', '=', filter.overdue);
  if (filter.priorities) query = query.where(oneOf(sql.ref('priority'), filter.priorities));
  return query;
}

/**
 * How many work orders match: summed from the counters the write core keeps when the
 * filter uses only their dimensions (a few hundred rows at most, whatever the city's
 * size); otherwise counted exactly up to a threshold and estimated above it.
 */
export async function countWorkOrders(
  db: Kysely<RequestsDatabase>,
  filter: WorkOrderFilter,
  threshold?: number,
): Promise<ListCount> {
  if (!countersServe(filter)) {
    return boundedCount(db, filteredWorkOrders(db, filter).select(sql`1`.as('one')), threshold);
  }
  const row = await matchingCounters(db, filter)
    .select(sql<number>`coalesce(sum(count), 0)::int`.as('count'))
    .executeTakeFirstOrThrow();
  return { count: row.count, isEstimate: false };
}
