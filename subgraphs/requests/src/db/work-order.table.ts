import type { Generated, Selectable } from 'kysely';
import type { ActorKind } from './change-log.table';

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
  /** Council district of its request, copied when the work order is created. */
  district: Generated<number | null>;
  /** Open and past due, as the overdue scheduler last found it (with an event). */
  overdue: Generated<boolean>;
  holdReason: Generated<string | null>;
  /** One of the service's resolution codes, set on complete or close. */
  resolutionCode: Generated<string | null>;
  changedByKind: Generated<ActorKind | null>;
  changedById: Generated<string | null>;
  /** The SLA the due time was computed from, as the service said when work began. */
  slaHours: Generated<number | null>;
  slaBusinessHours: Generated<boolean>;
}

export type WorkOrder = Selectable<WorkOrderTable>;
