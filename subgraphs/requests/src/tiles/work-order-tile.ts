import {
  encodeTile,
  pointFeature,
  projectToTile,
  type TileAddress,
  type TileFeature,
  tileBbox,
  tileUnitsSql,
} from '@civicgraph/platform';
import { type Kysely, sql } from 'kysely';
import type { RequestsDatabase } from '../db/database';
import { filteredWorkOrders, type WorkOrderFilter } from '../db/work-order.repository';
import { workOrderPriorities, workOrderStatuses } from '../db/work-order.table';
import {
  clusterFeature,
  countWhere,
  gridCells,
  INDIVIDUAL_BUFFER,
  individualOrGrid,
  inTileBox,
} from './point-tile';
import type { WorkOrderTileFilter } from './tile-filters';
import type { TileServices } from './tile-services';

export const WORK_ORDERS_LAYER = 'work-orders';

/** The tile's filters as `workOrders(filter:)` takes them (service codes made ids). */
export function toWorkOrderFilter(
  given: WorkOrderTileFilter,
  services: TileServices,
): WorkOrderFilter {
  return {
    statuses: given.status,
    open: given.open,
    priorities: given.priority,
    departmentId: given.department,
    serviceId: services.idsMatching(given.service),
    district: given.district,
    overdue: given.overdue,
    assigneeId: given.assignee,
    crewId: given.crew,
    createdAfter: given.createdFrom ? new Date(given.createdFrom) : undefined,
    createdBefore: given.createdTo ? new Date(given.createdTo) : undefined,
    text: given.text,
  };
}

/** `IN_PROGRESS` → `InProgress`, for property names such as `statusInProgress`. */
function pascal(value: string) {
  return value
    .toLowerCase()
    .replace(/(^|_)([a-z])/g, (_match, _underscore, letter: string) => letter.toUpperCase());
}

const cellCounts = {
  overdueCount: countWhere(sql<boolean>`overdue`),
  ...Object.fromEntries(
    workOrderStatuses.map((status) => [
      `status${pascal(status)}`,
      countWhere(sql<boolean>`status = ${status}`),
    ]),
  ),
  ...Object.fromEntries(
    workOrderPriorities.map((priority) => [
      `priority${pascal(priority)}`,
      countWhere(sql<boolean>`priority = ${priority}`),
    ]),
  ),
};

async function workOrderGrid(
  db: Kysely<RequestsDatabase>,
  tile: TileAddress,
  filter: WorkOrderFilter,
): Promise<TileFeature[]> {
  const units = tileUnitsSql(tile, sql`lon`, sql`lat`);
  // The box (one unit wider, for rounding) selects the rows; the half-open test on
  // tile units then decides which tile a point counts in.
  const points = filteredWorkOrders(db, filter)
    .where(await inTileBox(db, tileBbox(tile, 1)))
    .select([units.x.as('x'), units.y.as('y'), 'status', 'priority', 'overdue']);
  const cells = await gridCells(db, points, cellCounts);
  return cells.map(clusterFeature);
}

async function individualWorkOrders(
  db: Kysely<RequestsDatabase>,
  tile: TileAddress,
  filter: WorkOrderFilter,
  services: TileServices,
  limit: number,
): Promise<TileFeature[]> {
  const rows = await filteredWorkOrders(db, filter)
    .where(await inTileBox(db, tileBbox(tile, INDIVIDUAL_BUFFER)))
    .select([
      'id',
      'number',
      'status',
      'priority',
      'overdue',
      'serviceId',
      'departmentId',
      'assigneeId',
      'crewId',
      'assetId',
      'district',
      'lon',
      'lat',
    ])
    // No order: the limit only tells whether there are too many to draw one by one.
    .limit(limit)
    .execute();
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return rows.map((row) => {
    const [x, y] = projectToTile(tile, row.lon, row.lat);
    return pointFeature(x, y, {
      id: row.id,
      number: row.number,
      status: row.status,
      priority: row.priority,
      overdue: row.overdue,
      serviceCode: services.codeOf.get(row.serviceId),
      departmentId: row.departmentId,
      assigneeId: row.assigneeId,
      crewId: row.crewId,
      assetId: row.assetId,
      district: row.district,
    });
  });
}

/** The `work-orders` tile: each work order from street level, else counts on a grid. */
export async function workOrderTile(
  db: Kysely<RequestsDatabase>,
  tile: TileAddress,
  filter: WorkOrderFilter,
  services: TileServices,
): Promise<Uint8Array> {
  const features = await individualOrGrid(
    tile,
    (limit) => individualWorkOrders(db, tile, filter, services, limit),
    () => workOrderGrid(db, tile, filter),
  );
  return encodeTile({ [WORK_ORDERS_LAYER]: features });
}
