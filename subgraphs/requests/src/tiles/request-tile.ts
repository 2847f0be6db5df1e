import {
  encodeTile,
  pointFeature,
  projectToTile,
  snapToBlock,
  snapToBlockSql,
  type TileAddress,
  type TileFeature,
  tileBbox,
  tileUnitsSql,
} from '@civicgraph/platform';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { RequestsDatabase } from '../db/database';
import { oneOf } from '../db/list-conditions';
import {
  filteredServiceRequests,
  type ServiceRequestFilter,
} from '../db/service-request.repository';
import {
  clusterFeature,
  countWhere,
  gridCells,
  grownBox,
  INDIVIDUAL_BUFFER,
  individualOrGrid,
  insideTileSql,
  inTileBox,
  SNAP_MARGIN_METERS,
} from './point-tile';
import type { RequestTileFilter } from './tile-filters';
import type { TileServices } from './tile-services';

export const REQUESTS_LAYER = 'requests';

/** The tile's filters as the request list takes them (codes and departments made ids). */
export function toRequestFilter(
  given: RequestTileFilter,
  services: TileServices,
): ServiceRequestFilter {
  return {
    status: given.status,
    serviceId: services.idsMatching(given.service, given.department),
    district: given.district,
    requestedAfter: given.requestedFrom ? new Date(given.requestedFrom) : undefined,
    requestedBefore: given.requestedTo ? new Date(given.requestedTo) : undefined,
  };
}

/**
 * Where a request is published, in SQL: its block's centre for a location-sensitive
 * service (the same rule as `snapToBlock`), else its own point.
 */
function publishedPositionSql(services: TileServices): {
  lon: RawBuilder<number>;
  lat: RawBuilder<number>;
} {
  const lon = sql<number>`lon`;
  const lat = sql<number>`lat`;
  if (services.sensitiveIds.size === 0) return { lon, lat };
  const sensitive = oneOf(sql.ref('service_id'), [...services.sensitiveIds]);
  const snapped = snapToBlockSql(lon, lat);
  return {
    lon: sql<number>`(case when ${sensitive} then ${snapped.lon} else lon end)`,
    lat: sql<number>`(case when ${sensitive} then ${snapped.lat} else lat end)`,
  };
}

/** The stored points a tile may draw: its box, grown when some points are moved. */
function selectionBox(tile: TileAddress, buffer: number, services: TileServices) {
  const box = tileBbox(tile, buffer);
  return services.sensitiveIds.size === 0 ? box : grownBox(box, SNAP_MARGIN_METERS);
}

async function requestGrid(
  db: Kysely<RequestsDatabase>,
  tile: TileAddress,
  filter: ServiceRequestFilter,
  services: TileServices,
): Promise<TileFeature[]> {
  const position = publishedPositionSql(services);
  const units = tileUnitsSql(tile, position.lon, position.lat);
  // Counted where they are published: a snapped request in its block's cell.
  const points = filteredServiceRequests(db, filter)
    .where(await inTileBox(db, selectionBox(tile, 1, services)))
    .select([units.x.as('x'), units.y.as('y'), 'status']);
  const cells = await gridCells(db, points, {
    openCount: countWhere(sql<boolean>`status = 'OPEN'`),
    closedCount: countWhere(sql<boolean>`status = 'CLOSED'`),
  });
  return cells.map(clusterFeature);
}

async function individualRequests(
  db: Kysely<RequestsDatabase>,
  tile: TileAddress,
  filter: ServiceRequestFilter,
  services: TileServices,
  limit: number,
): Promise<TileFeature[]> {
  let query = filteredServiceRequests(db, filter).where(
    await inTileBox(db, selectionBox(tile, INDIVIDUAL_BUFFER, services)),
  );
  if (services.sensitiveIds.size > 0) {
    const position = publishedPositionSql(services);
    const units = tileUnitsSql(tile, position.lon, position.lat);
    query = query.where(insideTileSql(units.x, units.y, INDIVIDUAL_BUFFER));
  }
  // Never the reporter, the description or the address: only what the map shows.
  const rows = await query
    .select(['id', 'number', 'status', 'serviceId', 'requestedAt', 'district', 'lon', 'lat'])
    .limit(limit)
    .execute();
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return rows.map((row) => {
    const snapped = services.sensitiveIds.has(row.serviceId);
    const [lon, lat] = snapped ? snapToBlock(row.lon, row.lat) : [row.lon, row.lat];
    const [x, y] = projectToTile(tile, lon, lat);
    return pointFeature(x, y, {
      id: row.id,
      number: row.number,
      status: row.status,
      serviceCode: services.codeOf.get(row.serviceId),
      requestedAt: row.requestedAt.toISOString(),
      district: row.district,
      snapped: snapped ? true : undefined,
    });
  });
}

/** The public `requests` tile: each request from street level, else counts on a grid. */
export async function requestTile(
  db: Kysely<RequestsDatabase>,
  tile: TileAddress,
  filter: ServiceRequestFilter,
  services: TileServices,
): Promise<Uint8Array> {
  const features = await individualOrGrid(
    tile,
    (limit) => individualRequests(db, tile, filter, services, limit),
    () => requestGrid(db, tile, filter, services),
  );
  return encodeTile({ [REQUESTS_LAYER]: features });
}
