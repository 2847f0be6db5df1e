import type { WorkOrderPriority, WorkOrderStatus } from '../generated/graphql';

/** The MVT layer (a style's `source-layer`) that carries work orders. */
export const WORK_ORDERS_SOURCE_LAYER = 'work-orders';

/** What a work-order tile feature says, as the tile contract defines its properties. */
export type WorkOrderFeature =
  | {
      kind: 'workOrder';
      id: string | null;
      number: string;
      status: WorkOrderStatus;
      priority: WorkOrderPriority | null;
      overdue: boolean;
    }
  | { kind: 'cluster'; count: number; overdueCount: number };

const STATUSES: readonly WorkOrderStatus[] = [
  'NEW',
  'ASSIGNED',
  'IN_PROGRESS',
  'ON_HOLD',
  'COMPLETED',
  'CLOSED',
  'CANCELLED',
];
const PRIORITIES: readonly WorkOrderPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | null {
  return allowed.includes(value as T) ? (value as T) : null;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/**
 * Reads a work-order tile feature's properties; null for anything that is neither a
 * work order nor a cluster of them (a tile from a newer server, a broken feature), which
 * the map then leaves alone rather than showing half a popup.
 */
export function readWorkOrderFeature(
  properties: Readonly<Record<string, unknown>> | null | undefined,
): WorkOrderFeature | null {
  if (!properties) return null;
  if (properties.cluster === true) {
    return {
      kind: 'cluster',
      count: count(properties.count),
      overdueCount: count(properties.overdueCount),
    };
  }
  const status = oneOf(STATUSES, properties.status);
  const { number } = properties;
  if (!status || (typeof number !== 'string' && typeof number !== 'number')) return null;
  return {
    kind: 'workOrder',
    id: typeof properties.id === 'string' ? properties.id : null,
    number: String(number),
    status,
    priority: oneOf(PRIORITIES, properties.priority),
    overdue: properties.overdue === true,
  };
}

/**
 * Where a click on a cluster takes the map: two levels in, where its grid cell spans a
 * quarter of the width it did, so its work orders spread into smaller cells and, from
 * the zoom at which tiles carry them one by one, into points.
 */
export function zoomIntoCluster(currentZoom: number, maxZoom: number): number {
  return Math.min(maxZoom, currentZoom + 2);
}
