import type { KeysetPage } from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import type { RequestsDatabase } from './database';
import { comparedToKey, exactTimestamp, type TimeKey } from './keyset';
import type { RequestChannel, ServiceRequestStatus } from './service-request.table';

export interface ServiceRequestFilter {
  status?: ServiceRequestStatus | null;
  serviceId?: string | null;
  district?: number | null;
  channel?: RequestChannel | null;
  /** Inclusive lower bound of `requestedAt`. */
  requestedAfter?: Date | null;
  /** Exclusive upper bound of `requestedAt`. */
  requestedBefore?: Date | null;
}

export function serviceRequestsByIds(db: Kysely<RequestsDatabase>, ids: readonly string[]) {
  return db.selectFrom('serviceRequests').selectAll().where('id', 'in', ids).execute();
}

export function serviceRequestByNumber(db: Kysely<RequestsDatabase>, number: string) {
  return db
    .selectFrom('serviceRequests')
    .selectAll()
    .where('number', '=', number)
    .executeTakeFirst();
}

function filtered(db: Kysely<RequestsDatabase>, filter: ServiceRequestFilter) {
  let query = db.selectFrom('serviceRequests');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.serviceId) query = query.where('serviceId', '=', filter.serviceId);
  if (filter.district != null) query = query.where('district', '=', filter.district);
  if (filter.channel) query = query.where('channel', '=', filter.channel);
  if (filter.requestedAfter) query = query.where('requestedAt', '>=', filter.requestedAfter);
  if (filter.requestedBefore) query = query.where('requestedAt', '<', filter.requestedBefore);
  return query;
}

/** One page of requests, newest first (keyset on requested_at desc, id desc). */
export function pageOfServiceRequests(
  db: Kysely<RequestsDatabase>,
  filter: ServiceRequestFilter,
  page: KeysetPage<TimeKey>,
) {
  // Newest first: "after" a row means older than it, "before" means newer.
  const direction = page.inverted ? 'asc' : 'desc';
  let query = filtered(db, filter).selectAll().select(exactTimestamp('requested_at').as('sortAt'));
  if (page.after) query = query.where(comparedToKey('requested_at', '<', page.after));
  if (page.before) query = query.where(comparedToKey('requested_at', '>', page.before));
  return query
    .orderBy('requestedAt', direction)
    .orderBy('id', direction)
    .limit(page.limit)
    .execute();
}

export async function countServiceRequests(
  db: Kysely<RequestsDatabase>,
  filter: ServiceRequestFilter,
) {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
