import type { KeysetPage } from '@civicgraph/platform';
import { type Kysely, sql } from 'kysely';
import type { RequestsDatabase } from './database';
import { comparedToKey, exactTimestamp, type TimeKey } from './keyset';
import { finishedWorkOrderStatuses, type WorkOrderStatus } from './work-order.table';

export interface WorkOrderFilter {
  statuses?: readonly WorkOrderStatus[] | null;
  /** true: still to be done (not completed, closed or cancelled); false: finished. */
  open?: boolean | null;
  departmentId?: string | null;
  crewId?: string | null;
  assigneeId?: string | null;
  serviceId?: string | null;
  /** Council district of the work order's service request. */
  district?: number | null;
  /** true: open and past its due time; false: everything else. */
  overdue?: boolean | null;
}

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

function filtered(db: Kysely<RequestsDatabase>, filter: WorkOrderFilter) {
  let query = db.selectFrom('workOrders');
  if (filter.statuses) {
    // `in ()` is a syntax error in SQL; an empty list of statuses matches nothing.
    query =
      filter.statuses.length > 0
        ? query.where('status', 'in', filter.statuses)
        : query.where(sql<boolean>`false`);
  }
  if (filter.open === true) query = query.where('status', 'not in', finishedWorkOrderStatuses);
  if (filter.open === false) query = query.where('status', 'in', finishedWorkOrderStatuses);
  if (filter.departmentId) query = query.where('departmentId', '=', filter.departmentId);
  if (filter.crewId) query = query.where('crewId', '=', filter.crewId);
  if (filter.assigneeId) query = query.where('assigneeId', '=', filter.assigneeId);
  if (filter.serviceId) query = query.where('serviceId', '=', filter.serviceId);
  if (filter.district != null) {
    const district = filter.district;
    query = query.where('serviceRequestId', 'in', (eb) =>
      eb.selectFrom('serviceRequests').select('id').where('district', '=', district),
    );
  }
  if (filter.overdue === true) {
    query = query
      .where('status', 'not in', finishedWorkOrderStatuses)
      .where('dueAt', '<', sql<Date>`now()`);
  }
  if (filter.overdue === false) {
    query = query.where((eb) =>
      eb.or([eb('status', 'in', finishedWorkOrderStatuses), eb('dueAt', '>=', sql<Date>`now()`)]),
    );
  }
  return query;
}

/** One page of work orders, newest first (keyset on created_at desc, id desc). */
export function pageOfWorkOrders(
  db: Kysely<RequestsDatabase>,
  filter: WorkOrderFilter,
  page: KeysetPage<TimeKey>,
) {
  // Newest first: "after" a row means older than it, "before" means newer.
  const direction = page.inverted ? 'asc' : 'desc';
  let query = filtered(db, filter).selectAll().select(exactTimestamp('created_at').as('sortAt'));
  if (page.after) query = query.where(comparedToKey('created_at', '<', page.after));
  if (page.before) query = query.where(comparedToKey('created_at', '>', page.before));
  return query.orderBy('createdAt', direction).orderBy('id', direction).limit(page.limit).execute();
}

export async function countWorkOrders(db: Kysely<RequestsDatabase>, filter: WorkOrderFilter) {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
