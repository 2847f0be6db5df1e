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
  type PlaceTimeTextFilter,
} from './list-conditions';
import type { RequestChannel, ServiceRequestStatus } from './service-request.table';

export interface ServiceRequestFilter extends PlaceTimeTextFilter {
  // One value (the GraphQL filter) or any of several (map tiles).
  status?: OneOrMany<ServiceRequestStatus> | null;
  serviceId?: OneOrMany<string> | null;
  district?: OneOrMany<number> | null;
  channel?: RequestChannel | null;
  /** Inclusive lower bound of `requestedAt`. */
  requestedAfter?: Date | null;
  /** Exclusive upper bound of `requestedAt`. */
  requestedBefore?: Date | null;
}

export type ServiceRequestSortField = 'REQUESTED_AT' | 'UPDATED_AT';

export interface ServiceRequestOrdering {
  field: ServiceRequestSortField;
  direction: SortDirection;
}

export const defaultServiceRequestOrdering: ServiceRequestOrdering = {
  field: 'REQUESTED_AT',
  direction: 'DESC',
};

export const serviceRequestSortColumns: Record<ServiceRequestSortField, SortColumn> = {
  REQUESTED_AT: { expression: 'requested_at', kind: 'timestamp' },
  UPDATED_AT: { expression: 'updated_at', kind: 'timestamp' },
};

export function serviceRequestsByIds(db: Kysely<RequestsDatabase>, ids: readonly string[]) {
  return db.selectFrom('serviceRequests').selectAll().where('id', 'in', ids).execute();
}

/** The requests a resident reported while signed in, newest first. */
export function serviceRequestsOfResident(
  db: Kysely<RequestsDatabase>,
  residentId: string,
  limit: number,
) {
  return db
    .selectFrom('serviceRequests')
    .selectAll()
    .where('reporterResidentId', '=', residentId)
    .orderBy('requestedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export function serviceRequestByNumber(db: Kysely<RequestsDatabase>, number: string) {
  return db
    .selectFrom('serviceRequests')
    .selectAll()
    .where('number', '=', number)
    .executeTakeFirst();
}

export function filteredServiceRequests(
  db: Kysely<RequestsDatabase>,
  filter: ServiceRequestFilter,
) {
  let query = db.selectFrom('serviceRequests');
  if (filter.status) query = query.where(equalsAny('status', filter.status));
  if (filter.serviceId) query = query.where(equalsAny('service_id', filter.serviceId));
  if (filter.district != null) query = query.where(equalsAny('district', filter.district));
  if (filter.channel) query = query.where('channel', '=', filter.channel);
  if (filter.requestedAfter) query = query.where('requestedAt', '>=', filter.requestedAfter);
  if (filter.requestedBefore) query = query.where('requestedAt', '<', filter.requestedBefore);
  if (filter.updatedAfter) query = query.where('updatedAt', '>=', filter.updatedAfter);
  if (filter.updatedBefore) query = query.where('updatedAt', '<', filter.updatedBefore);
  if (filter.bbox) query = query.where(insideBox(filter.bbox));
  if (filter.near) query = query.where(nearPoint(filter.near));
  if (filter.text) {
    // The same expression as the trigram index of migration 0005.
    query = query.where(
      sql<boolean>`(description || ' ' || address) ilike ${containsPattern(filter.text)}`,
    );
  }
  return query;
}

/** One page of requests in the given order (keyset on the sort key, then id). */
export function pageOfServiceRequests(
  db: Kysely<RequestsDatabase>,
  filter: ServiceRequestFilter,
  ordering: ServiceRequestOrdering,
  page: KeysetPage<SortKey>,
) {
  const column = serviceRequestSortColumns[ordering.field];
  const plan = keysetPlan(column, ordering.direction, page);
  let query = filteredServiceRequests(db, filter)
    .selectAll()
    .select(sortKeyText(column).as('sortKey'));
  for (const condition of plan.conditions) query = query.where(condition);
  return query
    .orderBy(plan.sortBy, plan.order)
    .orderBy('id', plan.order)
    .limit(page.limit)
    .execute();
}

/** Counted exactly up to a threshold, estimated above it (requests keep no counters). */
export function countServiceRequests(
  db: Kysely<RequestsDatabase>,
  filter: ServiceRequestFilter,
  threshold?: number,
): Promise<ListCount> {
  return boundedCount(db, filteredServiceRequests(db, filter).select(sql`1`.as('one')), threshold);
}
