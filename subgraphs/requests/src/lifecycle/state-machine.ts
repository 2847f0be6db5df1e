import {
  finishedWorkOrderStatuses,
  type WorkOrderStatus,
  workOrderStatuses,
} from '../db/work-order.table';
import { ChangeRefused } from './change-refused';

const OPEN_STATUSES = workOrderStatuses.filter(
  (status) => !(finishedWorkOrderStatuses as readonly string[]).includes(status),
);

/**
 * The work-order lifecycle, declared once as data: each action, the states it may start
 * from, and where it leads. Every mutation moves a work order through `nextStatus`, so
 * no code path can take a step this table does not list.
 *
 *   NEW → ASSIGNED → IN_PROGRESS ⇄ ON_HOLD → COMPLETED → CLOSED
 *   CANCELLED from any open state; REOPEN from COMPLETED or CLOSED back to ASSIGNED.
 *
 * ASSIGN from ASSIGNED, IN_PROGRESS or ON_HOLD is a reassignment: the new crew has not
 * started yet, so the work is ASSIGNED again.
 */
export const WORK_ORDER_TRANSITIONS = {
  ASSIGN: { from: OPEN_STATUSES, to: 'ASSIGNED' },
  START: { from: ['ASSIGNED'], to: 'IN_PROGRESS' },
  HOLD: { from: ['IN_PROGRESS'], to: 'ON_HOLD' },
  RESUME: { from: ['ON_HOLD'], to: 'IN_PROGRESS' },
  COMPLETE: { from: ['IN_PROGRESS'], to: 'COMPLETED' },
  CLOSE: { from: ['COMPLETED'], to: 'CLOSED' },
  CANCEL: { from: OPEN_STATUSES, to: 'CANCELLED' },
  REOPEN: { from: ['COMPLETED', 'CLOSED'], to: 'ASSIGNED' },
} as const satisfies Record<string, { from: readonly WorkOrderStatus[]; to: WorkOrderStatus }>;

export type WorkOrderTransition = keyof typeof WORK_ORDER_TRANSITIONS;
export const workOrderTransitions = Object.keys(WORK_ORDER_TRANSITIONS) as WorkOrderTransition[];

/** Changes that leave the status alone, and the two that create or mark. */
export type WorkOrderEdit = 'PRIORITY' | 'NOTE' | 'SPLIT' | 'OVERDUE' | 'CREATE';
export type WorkOrderAction = WorkOrderTransition | WorkOrderEdit;

export function isOpenStatus(status: WorkOrderStatus): boolean {
  return (OPEN_STATUSES as readonly WorkOrderStatus[]).includes(status);
}

/** Whether the machine allows `transition` from `from`. */
export function allows(transition: WorkOrderTransition, from: WorkOrderStatus): boolean {
  return (WORK_ORDER_TRANSITIONS[transition].from as readonly WorkOrderStatus[]).includes(from);
}

/** Where `transition` leads from `from`; INVALID_TRANSITION (naming both) when it may not. */
export function nextStatus(
  transition: WorkOrderTransition,
  from: WorkOrderStatus,
): WorkOrderStatus {
  const to = WORK_ORDER_TRANSITIONS[transition].to;
  if (!allows(transition, from)) {
    throw new ChangeRefused(
      'INVALID_TRANSITION',
      `A work order that is ${from} cannot be moved to ${to} (${transition})`,
      { from, to, transition },
    );
  }
  return to;
}

/** A request is open while any of its work is open; closed once all of it is finished. */
export function requestStatusFor(workOrderStatuses: readonly WorkOrderStatus[]): 'OPEN' | 'CLOSED' {
  return workOrderStatuses.some(isOpenStatus) ? 'OPEN' : 'CLOSED';
}
