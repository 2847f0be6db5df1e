import { degreesPerMeter } from '@civicgraph/platform';
import { type Kysely, sql } from 'kysely';
import type { RequestsDatabase } from './database';
import type { ServiceRequest } from './service-request.table';

export interface NearbyRequest extends ServiceRequest {
  distanceMeters: number;
}

export interface DuplicateSearch {
  serviceId: string;
  lon: number;
  lat: number;
  radiusMeters: number;
  since: Date;
  limit: number;
}

/**
 * Open requests of one service near a point, requested since `since`, nearest first.
 * The box around the point is what the GiST index on `point(lon, lat)` answers; the
 * exact distance (equirectangular metres, as `distanceMeters` in the platform computes
 * it) then trims the box's corners. Duplicates already linked are left out: the
 * original is the one to link to.
 */
export function nearbyOpenRequests(
  db: Kysely<RequestsDatabase>,
  search: DuplicateSearch,
): Promise<NearbyRequest[]> {
  return nearbyOpenRequestsQuery(db, search).execute();
}

/** The query of `nearbyOpenRequests`, for EXPLAIN in tests. */
export function nearbyOpenRequestsQuery(db: Kysely<RequestsDatabase>, search: DuplicateSearch) {
  const { lon, lat, radiusMeters } = search;
  const perMeter = degreesPerMeter(lat);
  const dLon = radiusMeters * perMeter.lon;
  const dLat = radiusMeters * perMeter.lat;
  const distance = sql<number>`sqrt(power((lon - ${lon}::float8) / ${perMeter.lon}::float8, 2) + power((lat - ${lat}::float8) / ${perMeter.lat}::float8, 2))`;
  return db
    .selectFrom('serviceRequests')
    .selectAll()
    .select(distance.as('distanceMeters'))
    .where(
      sql<boolean>`point(lon, lat) <@ box(point(${lon - dLon}::float8, ${lat - dLat}::float8), point(${lon + dLon}::float8, ${lat + dLat}::float8))`,
    )
    .where('serviceId', '=', search.serviceId)
    .where('status', '=', 'OPEN')
    .where('duplicateOfId', 'is', null)
    .where('requestedAt', '>=', search.since)
    .where(distance, '<=', radiusMeters)
    .orderBy(distance)
    .orderBy('requestedAt')
    .orderBy('id')
    .limit(search.limit);
}

/** Requests marked as duplicates of many originals at once (`ServiceRequest.duplicates`). */
export function duplicatesOfRequests(db: Kysely<RequestsDatabase>, ids: readonly string[]) {
  return db
    .selectFrom('serviceRequests')
    .selectAll()
    .where('duplicateOfId', 'in', ids)
    .orderBy('requestedAt')
    .orderBy('id')
    .execute();
}
