import { isUuid, type SubgraphContext } from '@civicgraph/platform';
import type { RequestsDatabase } from '../db/database';
import type { NoteVisibility } from '../db/note.table';
import type { WorkOrder, WorkOrderPriority } from '../db/work-order.table';
import { attachCompletionPhoto } from '../photos/attach';
import { actorOf } from './actor';
import { type AssignmentInput, assignStep, resolveAssignment } from './assignment';
import { invalidInput } from './change-refused';
import { changeText, TEXT_LIMITS } from './change-text';
import { type RequestsWrite, writeRequests } from './requests-write';
import { changeWorkOrder, type WorkOrderStep } from './work-order-change';
import { type WorkGate, workGateFor } from './work-rules';

/** What a work-order command needs of the request it serves. */
export type LifecycleContext = Pick<SubgraphContext<RequestsDatabase>, 'db' | 'caller' | 'peers'>;

/** The work order a command is about, at the version the caller last saw. */
export interface WorkOrderTarget {
  id: string;
  expectedVersion: number;
}

/** An id that is not a UUID names nothing we could have handed out. */
export function checkedWorkOrderId(id: string, field = 'id'): string {
  if (!isUuid(id)) throw invalidInput(field, `${field} must be an id this API returned`);
  return id;
}

/**
 * Runs one change of one work order as its own write. Every command goes through
 * `changeWorkOrder`: version check, state machine, audit entry, event, counters.
 */
function changeOne(
  ctx: LifecycleContext,
  target: WorkOrderTarget,
  decide: (current: WorkOrder, write: RequestsWrite) => WorkOrderStep | Promise<WorkOrderStep>,
  /** More of the same write, once the work order has changed (a completion photo). */
  after?: (updated: WorkOrder, write: RequestsWrite) => Promise<unknown>,
): Promise<WorkOrder> {
  const id = checkedWorkOrderId(target.id);
  return writeRequests(ctx.db, actorOf(ctx.caller), async (write) => {
    const updated = await changeWorkOrder(write, id, target.expectedVersion, (current) =>
      decide(current, write),
    );
    await after?.(updated, write);
    return updated;
  });
}

/** Field work (start, hold, resume, complete): the caller's crew rule first. */
async function changeAsWorker(
  ctx: LifecycleContext,
  target: WorkOrderTarget,
  decide: (current: WorkOrder, write: RequestsWrite) => WorkOrderStep | Promise<WorkOrderStep>,
  after?: (updated: WorkOrder, write: RequestsWrite) => Promise<unknown>,
) {
  checkedWorkOrderId(target.id);
  const gate: WorkGate = await workGateFor(ctx.peers, ctx.caller);
  return changeOne(
    ctx,
    target,
    (current, write) => {
      gate(current);
      return decide(current, write);
    },
    after,
  );
}

export async function assignWorkOrder(
  ctx: LifecycleContext,
  target: WorkOrderTarget,
  input: AssignmentInput,
) {
  checkedWorkOrderId(target.id);
  const assignment = await resolveAssignment(ctx.peers, ctx.caller, input);
  return changeOne(ctx, target, (current) => assignStep(assignment, current));
}

export function startWorkOrder(ctx: LifecycleContext, target: WorkOrderTarget) {
  return changeAsWorker(ctx, target, () => ({ action: 'START', transition: 'START' }));
}

export function holdWorkOrder(ctx: LifecycleContext, target: WorkOrderTarget, reason: string) {
  const text = changeText('reason', reason, TEXT_LIMITS.reason);
  return changeAsWorker(ctx, target, () => ({
    action: 'HOLD',
    transition: 'HOLD',
    set: { holdReason: text },
    note: text,
  }));
}

export function resumeWorkOrder(ctx: LifecycleContext, target: WorkOrderTarget) {
  return changeAsWorker(ctx, target, () => ({
    action: 'RESUME',
    transition: 'RESUME',
    set: { holdReason: null },
  }));
}

/**
 * How work is resolved: a code from the work order's service's list and a note.
 * An object, so that more can come with it (a completion photo).
 */
export interface Resolution {
  resolutionCode: string;
  note: string;
}

function checkedResolution(resolution: Resolution): Resolution {
  const note = changeText('note', resolution.note, TEXT_LIMITS.note);
  const code = resolution.resolutionCode.trim();
  if (code.length === 0 || code.length > 100 || code.includes('\0')) {
    throw invalidInput('resolutionCode', 'resolutionCode must be one of the service’s codes');
  }
  return { resolutionCode: code, note };
}

/** The resolution step, once the code is found among the service's own codes. */
async function resolutionStep(
  write: RequestsWrite,
  current: WorkOrder,
  transition: 'COMPLETE' | 'CLOSE',
  resolution: Resolution,
): Promise<WorkOrderStep> {
  const known = await write.trx
    .selectFrom('resolutionCodes')
    .select('code')
    .where('serviceId', '=', current.serviceId)
    .where('code', '=', resolution.resolutionCode)
    .executeTakeFirst();
  if (!known) {
    throw invalidInput(
      'resolutionCode',
      `${resolution.resolutionCode} is not a resolution code of this work order's service`,
    );
  }
  return {
    action: transition,
    transition,
    set: { resolutionCode: resolution.resolutionCode, resolution: resolution.note },
    note: resolution.note,
  };
}

/** Completes the work; a completion photo (from `POST /photos`) is taken in the same write. */
export function completeWorkOrder(
  ctx: LifecycleContext,
  target: WorkOrderTarget,
  resolution: Resolution,
  photoId?: string | null,
) {
  const checked = checkedResolution(resolution);
  return changeAsWorker(
    ctx,
    target,
    (current, write) => resolutionStep(write, current, 'COMPLETE', checked),
    photoId ? (updated, write) => attachCompletionPhoto(write, updated, photoId) : undefined,
  );
}

export function closeWorkOrder(
  ctx: LifecycleContext,
  target: WorkOrderTarget,
  resolution: Resolution,
) {
  const checked = checkedResolution(resolution);
  return changeOne(ctx, target, (current, write) =>
    resolutionStep(write, current, 'CLOSE', checked),
  );
}

export function cancelWorkOrder(ctx: LifecycleContext, target: WorkOrderTarget, reason: string) {
  const text = changeText('reason', reason, TEXT_LIMITS.reason);
  return changeOne(ctx, target, () => ({
    action: 'CANCEL',
    transition: 'CANCEL',
    set: { holdReason: null },
    note: text,
  }));
}

export function reopenWorkOrder(ctx: LifecycleContext, target: WorkOrderTarget, note: string) {
  const text = changeText('note', note, TEXT_LIMITS.note);
  // The earlier resolution no longer holds; the history keeps it.
  return changeOne(ctx, target, () => ({
    action: 'REOPEN',
    transition: 'REOPEN',
    set: { resolutionCode: null, resolution: null },
    note: text,
  }));
}

export function changeWorkOrderPriority(
  ctx: LifecycleContext,
  target: WorkOrderTarget,
  priority: WorkOrderPriority,
) {
  return changeOne(ctx, target, () => ({ action: 'PRIORITY', set: { priority } }));
}

export function addWorkOrderNote(
  ctx: LifecycleContext,
  target: WorkOrderTarget,
  note: { body: string; visibility: NoteVisibility },
) {
  const body = changeText('body', note.body, TEXT_LIMITS.note);
  return changeOne(ctx, target, () => ({
    action: 'NOTE',
    note: body,
    notes: [{ visibility: note.visibility, body }],
  }));
}
