import { degreesPerMeter, snapToBlockSql } from '@civicgraph/platform';
import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { RequestsDatabase } from './database';
import { type Near, nearPoint } from './list-conditions';
import type { AttributeAnswer, ServiceRequestStatus } from './service-request.table';
import { finishedWorkOrderStatuses } from './work-order.table';

/** The filters of Open311's `GET requests`, in database terms. */
export interface Open311RequestFilter {
  /** Public numbers: when given, the only filter. */
  numbers?: readonly string[] | null;
  serviceCodes?: readonly string[] | null;
  statuses?: readonly ServiceRequestStatus[] | null;
  requestedFrom?: Date | null;
  requestedBefore?: Date | null;
  /** Exclusive; with `afterNumber`, exclusive on (updated_at, number). */
  updatedAfter?: Date | null;
  afterNumber?: string | null;
  updatedBefore?: Date | null;
  /** Around the published position: a location-sensitive request at its block. */
  near?: Near | null;
}

/** Everything one Open311 request document is written from; no reporter column. */
export interface Open311RequestRow {
  id: string;
  number: string;
  status: ServiceRequestStatus;
  description: string;
  lon: number;
  lat: number;
  address: string;
  requestedAt: Date;
  updatedAt: Date;
  attributes: Record<string, AttributeAnswer>;
  mediaUrls: string[];
  serviceCode: string;
  serviceNameEn: string;
  serviceNameEs: string;
  departmentId: string;
  locationSensitive: boolean;
  /** The latest PUBLIC note; internal ones are never read here. */
  statusNote: string | null;
  /** The earliest due time of its unfinished work orders. */
  expectedAt: Date | null;
  /** Its first reporter photo, for `media_url` when no link was given. */
  photoId: string | null;
}

/** How far snapping can move a point: half a block's diagonal, rounded up. */
const SNAP_MARGIN_METERS = 75;

function withinRadius(near: Near, lon: RawBuilder<unknown>, lat: RawBuilder<unknown>) {
  // The same equirectangular measure as list-conditions' nearPoint.
  const perMeter = degreesPerMeter(near.lat);
  return sql<boolean>`((${lon} - ${near.lon}::float8) / ${perMeter.lon}::float8) ^ 2 + ((${lat} - ${near.lat}::float8) / ${perMeter.lat}::float8) ^ 2 <= ${near.radiusMeters * near.radiusMeters}::float8`;
}

function nearPublishedPosition(near: Near): Expression<SqlBool> {
  const snapped = snapToBlockSql(sql`sr.lon`, sql`sr.lat`);
  // The index finds candidates around the stored point; the radius is then measured
  // from where the request is published, so a small circle cannot find a sensitive
  // request's door.
  const candidates = nearPoint({ ...near, radiusMeters: near.radiusMeters + SNAP_MARGIN_METERS });
  return sql<SqlBool>`(${candidates} and (case when s.location_sensitive
    then ${withinRadius(near, snapped.lon, snapped.lat)}
    else ${withinRadius(near, sql`sr.lon`, sql`sr.lat`)} end))`;
}

function filtered(db: Kysely<RequestsDatabase>, filter: Open311RequestFilter) {
  let query = db
    .selectFrom('serviceRequests as sr')
    .innerJoin('services as s', 's.id', 'sr.serviceId');
  if (filter.numbers) return query.where('sr.number', 'in', [...filter.numbers, '']);
  if (filter.serviceCodes) query = query.where('s.code', 'in', [...filter.serviceCodes, '']);
  if (filter.statuses) query = query.where('sr.status', 'in', [...filter.statuses]);
  if (filter.requestedFrom) query = query.where('sr.requestedAt', '>=', filter.requestedFrom);
  if (filter.requestedBefore) query = query.where('sr.requestedAt', '<', filter.requestedBefore);
  if (filter.updatedAfter && filter.afterNumber) {
    query = query.where(
      sql<SqlBool>`(sr.updated_at, sr.number) > (${filter.updatedAfter}, ${filter.afterNumber})`,
    );
  } else if (filter.updatedAfter) {
    query = query.where('sr.updatedAt', '>', filter.updatedAfter);
  }
  if (filter.updatedBefore) query = query.where('sr.updatedAt', '<', filter.updatedBefore);
  if (filter.near) query = query.where(nearPublishedPosition(filter.near));
  return query;
}

/**
 * One page of Open311 requests. The order is total, so pages never overlap or leave
 * gaps over an unchanging set:
 * - walking by update (`updatedAfter` given): oldest update first, then number. A
 *   request changed during the walk moves to the end (its new update time is later than
 *   any seen), so resuming after the last (updated_datetime, service_request_id) seen
 *   misses nothing and repeats only what changed again. `updated_at` is written from
 *   JavaScript Dates (milliseconds), the precision `updated_datetime` is published with,
 *   so the client's resume point is exact.
 * - otherwise newest requested first, then id (the index `service_requests_requested_at_id`).
 */
export async function pageOfOpen311Requests(
  db: Kysely<RequestsDatabase>,
  filter: Open311RequestFilter,
  page: { offset: number; limit: number },
): Promise<Open311RequestRow[]> {
  const walkByUpdate = Boolean(filter.updatedAfter);
  // The page's ids first: the per-request look-ups below then run for its rows only,
  // not for every row a deep page skips.
  let ids = filtered(db, filter).select(['sr.id', 'sr.requestedAt', 'sr.updatedAt', 'sr.number']);
  ids = walkByUpdate
    ? ids.orderBy('sr.updatedAt', 'asc').orderBy('sr.number', 'asc')
    : ids.orderBy('sr.requestedAt', 'desc').orderBy('sr.id', 'desc');
  const onPage = ids.offset(page.offset).limit(page.limit).as('page');
  let query = db
    .selectFrom(onPage)
    .innerJoin('serviceRequests as sr', 'sr.id', 'page.id')
    .innerJoin('services as s', 's.id', 'sr.serviceId')
    .select([
      'sr.id',
      'sr.number',
      'sr.status',
      'sr.description',
      'sr.lon',
      'sr.lat',
      'sr.address',
      'sr.requestedAt',
      'sr.updatedAt',
      'sr.attributes',
      'sr.mediaUrls',
      's.code as serviceCode',
      's.nameEn as serviceNameEn',
      's.nameEs as serviceNameEs',
      's.departmentId',
      's.locationSensitive',
    ])
    .select((eb) => [
      eb
        .selectFrom('notes as n')
        .select('n.body')
        .whereRef('n.serviceRequestId', '=', 'sr.id')
        .where('n.visibility', '=', 'PUBLIC')
        .orderBy('n.createdAt', 'desc')
        .orderBy('n.id', 'desc')
        .limit(1)
        .as('statusNote'),
      eb
        .selectFrom('workOrders as w')
        .select((w) => w.fn.min('w.dueAt').as('due'))
        .whereRef('w.serviceRequestId', '=', 'sr.id')
        .where('w.status', 'not in', [...finishedWorkOrderStatuses])
        .as('expectedAt'),
      eb
        .selectFrom('photos as p')
        .select('p.id')
        .whereRef('p.serviceRequestId', '=', 'sr.id')
        .where('p.kind', '=', 'REPORTER')
        .orderBy('p.createdAt')
        .orderBy('p.id')
        .limit(1)
        .as('photoId'),
    ]);
  query = walkByUpdate
    ? query.orderBy('page.updatedAt', 'asc').orderBy('page.number', 'asc')
    : query.orderBy('page.requestedAt', 'desc').orderBy('page.id', 'desc');
  const rows = await query.execute();
  return rows as Open311RequestRow[];
}

/** The request whose id (its token) this is, by number; a malformed id finds nothing. */
export function requestNumberByToken(db: Kysely<RequestsDatabase>, token: string) {
  return db
    .selectFrom('serviceRequests')
    .select(['id', 'number'])
    .where('id', '=', token)
    .executeTakeFirst();
}
