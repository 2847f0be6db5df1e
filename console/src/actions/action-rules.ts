import type { WorkOrderStatus } from '../generated/graphql';
import type { ActionKind } from './actions-messages';

/** What the rules need to know about the signed-in person (usePermissions). */
export interface Actor {
  can: (permission: string) => boolean;
  me: { id: string; crewId: string | null } | null;
}

/** What the rules need to know about the work order. */
export interface WorkOrderState {
  status: WorkOrderStatus;
  assignee: { id: string } | null;
  crew: { id: string } | null;
}

const OPEN: readonly WorkOrderStatus[] = ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD'];

// The requests subgraph's state machine (lifecycle/state-machine.ts), as the console
// must mirror it to offer only what the graph would accept.
const FROM: Record<ActionKind, readonly WorkOrderStatus[]> = {
  start: ['ASSIGNED'],
  resume: ['ON_HOLD'],
  hold: ['IN_PROGRESS'],
  complete: ['IN_PROGRESS'],
  close: ['COMPLETED'],
  reopen: ['COMPLETED', 'CLOSED'],
  assign: OPEN,
  priority: OPEN,
  note: ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CLOSED', 'CANCELLED'],
  duplicate: OPEN,
  cancel: OPEN,
};

// docs/ACCESS.md: the permission each action needs.
const PERMISSION: Record<ActionKind, string> = {
  start: 'work-orders.work',
  resume: 'work-orders.work',
  hold: 'work-orders.work',
  complete: 'work-orders.work',
  close: 'work-orders.supervise',
  reopen: 'work-orders.supervise',
  assign: 'work-orders.assign',
  priority: 'work-orders.assign',
  note: 'requests.notes.write',
  duplicate: 'requests.triage',
  cancel: 'work-orders.supervise',
};

const FIELD_WORK: ReadonlySet<ActionKind> = new Set(['start', 'resume', 'hold', 'complete']);

/** The buttons, in the order they are shown: the next step first, cancelling last. */
export const ACTION_ORDER: readonly ActionKind[] = [
  'start',
  'resume',
  'hold',
  'complete',
  'close',
  'reopen',
  'assign',
  'priority',
  'note',
  'duplicate',
  'cancel',
];

/**
 * Field work (start, hold, resume, complete): anyone who also supervises may do it on
 * any work order; everyone else only on work assigned to them or to their crew (the
 * requests subgraph's work gate).
 */
function mayDoFieldWork(workOrder: WorkOrderState, actor: Actor): boolean {
  if (actor.can('work-orders.supervise')) return true;
  const me = actor.me;
  if (!me) return false;
  if (workOrder.assignee?.id === me.id) return true;
  return me.crewId !== null && workOrder.crew?.id === me.crewId;
}

/** Whether `actor` may take `action` on the work order as it is. */
export function mayTake(action: ActionKind, workOrder: WorkOrderState, actor: Actor): boolean {
  if (!FROM[action].includes(workOrder.status)) return false;
  if (!actor.can(PERMISSION[action])) return false;
  return !FIELD_WORK.has(action) || mayDoFieldWork(workOrder, actor);
}

/** The actions the signed-in person may take AND the work order's status allows. */
export function availableActions(workOrder: WorkOrderState, actor: Actor): ActionKind[] {
  return ACTION_ORDER.filter((action) => mayTake(action, workOrder, actor));
}
