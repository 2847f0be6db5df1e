import type { Generated, Selectable } from 'kysely';

export const workOrderStatuses = [
  'NEW',
  'ASSIGNED',
  'IN_PROGRESS',
  'ON_HOLD',
  'COMPLETED',
  'CLOSED',
  'CANCELLED',
] as const;
export type WorkOrderStatus = (typeof workOrderStatuses)[number];

/** Statuses after which no more work is expected: never open, never overdue. */
export const finishedWorkOrderStatuses = [
  'COMPLETED',
  'CLOSED',
  'CANCELLED',
] as const satisfies readonly WorkOrderStatus[];

export const workOrderPriorities = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type WorkOrderPriority = (typeof workOrderPriorities)[number];

export interface WorkOrderTable {
  id: string;
  number: string;
  serviceRequestId: string;
  serviceId: string;
  departmentId: string;
  crewId: string | null;
  assigneeId: string | null;
  assetId: string | null;
  status: WorkOrderStatus;
  priority: WorkOrderPriority;
  summary: string;
  lon: number;
  lat: number;
  createdAt: Date;
  updatedAt: Date;
  dueAt: Date;
  completedAt: Date | null;
  closedAt: Date | null;
  resolution: string | null;
  version: Generated<number>;
}

export type WorkOrder = Selectable<WorkOrderTable>;
