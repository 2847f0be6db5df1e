import type { WorkOrderStatus } from '../generated/graphql';
import { distanceMeters, type LonLat } from './distance';
import type { MyWorkOrder } from './my-work.graphql';

const FINISHED: ReadonlySet<WorkOrderStatus> = new Set(['COMPLETED', 'CLOSED', 'CANCELLED']);

/** Why a work order is on my list: assigned to me, or to my crew (and not to me). */
export type Relation = 'mine' | 'crew';

export interface MyWorkItem {
  workOrder: MyWorkOrder;
  relation: Relation;
  /** From where the phone is, when it said; null otherwise. */
  distanceMeters: number | null;
}

/**
 * Both lists as one, each work order once: one assigned to me that is also my crew's is
 * "mine" (it is the more specific reason). Order: as `orderWork` says.
 */
export function mergeMyWork(
  meId: string,
  mine: readonly MyWorkOrder[],
  crew: readonly MyWorkOrder[],
): MyWorkItem[] {
  const byId = new Map<string, MyWorkItem>();
  for (const workOrder of [...mine, ...crew]) {
    // The lists ask for open work only, but the cache updates a work order the moment
    // it is completed here (the mutation's answer), before any refetch: it leaves now.
    if (FINISHED.has(workOrder.status)) continue;
    if (byId.has(workOrder.id)) continue;
    // The assignee decides, not the list it came in: a crew list may hold work
    // assigned to me, and a refetch of one list may run ahead of the other.
    const relation: Relation = workOrder.assignee?.id === meId ? 'mine' : 'crew';
    byId.set(workOrder.id, { workOrder, relation, distanceMeters: null });
  }
  return [...byId.values()];
}

const time = (iso: string) => new Date(iso).getTime();

/** Overdue first, then due soonest; the number breaks ties so the order is stable. */
export function byDue(a: MyWorkItem, b: MyWorkItem): number {
  const overdue = Number(b.workOrder.overdue) - Number(a.workOrder.overdue);
  if (overdue !== 0) return overdue;
  const due = time(a.workOrder.dueAt) - time(b.workOrder.dueAt);
  if (due !== 0) return due;
  return a.workOrder.number.localeCompare(b.workOrder.number);
}

/** Nearest first; equal distances (one address, two jobs) fall back to the due order. */
export function byDistance(a: MyWorkItem, b: MyWorkItem): number {
  const da = a.distanceMeters ?? Number.POSITIVE_INFINITY;
  const db = b.distanceMeters ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da < db ? -1 : 1;
  return byDue(a, b);
}

/** The items with their distance from `position`; unchanged without one. */
export function withDistances(items: readonly MyWorkItem[], position: LonLat | null): MyWorkItem[] {
  if (!position) return [...items];
  return items.map((item) => ({
    ...item,
    distanceMeters: distanceMeters(position, item.workOrder.location),
  }));
}

/** The list as the page shows it: by due time, or nearest first (needs distances). */
export function orderWork(items: readonly MyWorkItem[], by: 'due' | 'distance'): MyWorkItem[] {
  return [...items].sort(by === 'distance' ? byDistance : byDue);
}
