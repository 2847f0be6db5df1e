import type { Updateable } from 'kysely';
import type { WorkOrder, WorkOrderStatus, WorkOrderTable } from '../db/work-order.table';
import { ChangeRefused } from './change-refused';
import { workOrderFacts } from './facts';
import { addNote } from './notes';
import { statusReply } from './reply-templates';
import { syncRequestStatus } from './request-status';
import { touchServiceRequest } from './request-touched';
import type { RequestsWrite } from './requests-write';
import { fieldChanges } from './requests-write';
import {
  isOpenStatus,
  nextStatus,
  type WorkOrderAction,
  type WorkOrderTransition,
} from './state-machine';

/** The columns a change may set directly; status, version and timestamps follow from it. */
export type WorkOrderPatch = Pick<
  Updateable<WorkOrderTable>,
  | 'crewId'
  | 'assigneeId'
  | 'priority'
  | 'holdReason'
  | 'resolution'
  | 'resolutionCode'
  | 'overdue'
  | 'dueAt'
>;

/** What a mutation decides to do with a work order, once it has seen its current state. */
export interface WorkOrderStep {
  action: WorkOrderAction;
  /** Moves the status through the state machine; none leaves it alone. */
  transition?: WorkOrderTransition;
  set?: WorkOrderPatch;
  /** Recorded with the audit entry (the reason, the resolution note, the note added). */
  note?: string | null;
  /** Notes to keep beside the request: PUBLIC ones the reporter sees. */
  notes?: Array<{ visibility: 'PUBLIC' | 'INTERNAL'; body: string }>;
  /**
   * false: no reply template for the new status, because the caller tells the reporter
   * itself (marking a duplicate cancels its work but the request stays open with it).
   */
  reply?: boolean;
}

/** The fields whose changes the audit trail and events name. */
const AUDITED_FIELDS = [
  'status',
  'priority',
  'crewId',
  'assigneeId',
  'holdReason',
  'resolutionCode',
  'resolution',
  'dueAt',
  'overdue',
] as const satisfies ReadonlyArray<keyof WorkOrder>;

/**
 * `overdue` is raised only by the overdue scheduler (its own OVERDUE change and event).
 * A change that ends it lowers it in the same write: the work is finished, or its due
 * time moved past now. Reopened work that is still past due is raised again by the
 * scheduler's next pass, with its event.
 */
function overdueAfter(current: WorkOrder, step: WorkOrderStep, status: WorkOrderStatus, now: Date) {
  if (!current.overdue || step.set?.overdue !== undefined) return {};
  const dueAt = step.set?.dueAt ? new Date(step.set.dueAt) : current.dueAt;
  return !isOpenStatus(status) || dueAt >= now ? { overdue: false } : {};
}

/** Timestamps that follow from the status (the table's check constraints hold them). */
function statusTimestamps(status: WorkOrderStatus, current: WorkOrder, now: Date) {
  if (isOpenStatus(status)) return { completedAt: null, closedAt: null };
  if (status === 'COMPLETED') return { completedAt: now, closedAt: null };
  return { completedAt: current.completedAt, closedAt: now };
}

/**
 * The one way a work order changes. Locks its row, refuses a stale `expectedVersion`
 * (CONFLICT with the current version and who changed it last), lets `decide` check
 * rules against the current state, moves the status through the state machine, bumps
 * the version, and records the change (audit entry, event, counters, the request's
 * status) in the same write. `expectedVersion` null: the platform's own jobs.
 */
export async function changeWorkOrder(
  write: RequestsWrite,
  id: string,
  expectedVersion: number | null,
  decide: (current: WorkOrder) => WorkOrderStep | Promise<WorkOrderStep>,
): Promise<WorkOrder> {
  const current = await write.trx
    .selectFrom('workOrders')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!current) {
    throw new ChangeRefused('NOT_FOUND', `Work order ${id} was not found`, { id });
  }
  if (expectedVersion !== null && current.version !== expectedVersion) {
    throw new ChangeRefused(
      'CONFLICT',
      `Work order ${current.number} changed since version ${expectedVersion}: it is at version ${current.version}`,
      {
        id,
        expectedVersion,
        currentVersion: current.version,
        lastChangedBy: current.changedByKind
          ? { kind: current.changedByKind, id: current.changedById }
          : null,
        lastChangedAt: current.updatedAt.toISOString(),
      },
    );
  }
  const step = await decide(current);
  const status = step.transition ? nextStatus(step.transition, current.status) : current.status;
  const updated = await write.trx
    .updateTable('workOrders')
    .set({
      ...step.set,
      ...overdueAfter(current, step, status, write.now),
      status,
      ...(status !== current.status ? statusTimestamps(status, current, write.now) : {}),
      version: current.version + 1,
      updatedAt: write.now,
      changedByKind: write.actor.kind,
      changedById: write.actor.id,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  write.counts.move(current, updated);
  // A new status tells the reporter, in their language, when the city has words for it.
  const reply =
    status !== current.status && step.reply !== false
      ? await statusReply(write, updated, status)
      : null;
  const notes = [
    ...(step.notes ?? []),
    ...(reply ? [{ visibility: 'PUBLIC' as const, body: reply }] : []),
  ];
  for (const note of notes) {
    await addNote(write, { ...note, serviceRequestId: current.serviceRequestId, workOrderId: id });
  }
  await write.record({
    entityType: 'WORK_ORDER',
    entityId: id,
    serviceRequestId: current.serviceRequestId,
    version: updated.version,
    action: step.action,
    changes: fieldChanges(current, updated, AUDITED_FIELDS),
    note: step.note ?? null,
    facts: workOrderFacts(updated, current),
  });
  if (status !== current.status) {
    // Work started, finished or reopened changes when the request is expected done.
    await touchServiceRequest(write, current.serviceRequestId);
    await syncRequestStatus(write, current.serviceRequestId);
  }
  return updated;
}
