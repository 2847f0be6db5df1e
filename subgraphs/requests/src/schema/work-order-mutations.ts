import { builder, type InputFields } from '../builder';
import type { WorkOrder } from '../db/work-order.table';
import { type BulkAssignResult, bulkAssignWorkOrders } from '../lifecycle/bulk-assign';
import { refusalsAsErrors } from '../lifecycle/change-refused';
import { splitWorkOrder } from '../lifecycle/split';
import {
  addWorkOrderNote,
  assignWorkOrder,
  cancelWorkOrder,
  changeWorkOrderPriority,
  closeWorkOrder,
  completeWorkOrder,
  holdWorkOrder,
  reopenWorkOrder,
  resumeWorkOrder,
  startWorkOrder,
} from '../lifecycle/work-order-commands';
import { BulkAssignResultRef, WorkOrderVersionInput } from './bulk-assign';
import { NoteVisibilityEnum } from './notes';
import { WorkOrderRef } from './refs';
import { WorkOrderPriorityEnum } from './work-order';

// The work-order lifecycle. Every mutation names the version the caller saw
// (`expectedVersion`); refusals are GraphQL errors with `extensions.code`: CONFLICT
// (with currentVersion and lastChangedBy), INVALID_TRANSITION (from, to), NOT_FOUND,
// FORBIDDEN, BAD_USER_INPUT (field). bulkAssignWorkOrders answers per item instead.

const ASSIGN = { permission: 'work-orders.assign' } as const;
const WORK = { permission: 'work-orders.work' } as const;
const SUPERVISE = { permission: 'work-orders.supervise' } as const;
const NOTES = { permission: 'requests.notes.write' } as const;
const TRIAGE = { permission: 'requests.triage' } as const;
type Rule = typeof ASSIGN | typeof WORK | typeof SUPERVISE | typeof NOTES | typeof TRIAGE;

/** `{ workOrder }`: one payload type per mutation, free to grow. */
function workOrderPayload(name: string, rule: Rule) {
  return builder.objectRef<WorkOrder>(name).implement({
    authScopes: rule,
    fields: (t) => ({
      workOrder: t.field({ type: WorkOrderRef, resolve: (workOrder) => workOrder }),
    }),
  });
}

/** The work order a mutation changes and the version the caller saw. */
function target(t: InputFields) {
  return {
    id: t.id({ required: true }),
    expectedVersion: t.int({
      required: true,
      description: 'The version you last read; a stale one is refused with CONFLICT.',
    }),
  };
}

const assignee = (t: InputFields) => ({
  crewId: t.id({ description: "A crew of the work order's department." }),
  assigneeId: t.id({
    description:
      "An active staff member of the work order's department; with crewId, a member of that crew. Alone, their own crew comes along.",
  }),
});

const AssignWorkOrderInput = builder.inputType('AssignWorkOrderInput', {
  description:
    'A crew, a person, or both (at least one): the assignment replaces the previous one.',
  fields: (t) => ({ ...target(t), ...assignee(t) }),
});
const StartWorkOrderInput = builder.inputType('StartWorkOrderInput', {
  fields: (t) => target(t),
});
const HoldWorkOrderInput = builder.inputType('HoldWorkOrderInput', {
  fields: (t) => ({
    ...target(t),
    reason: t.string({ required: true, description: 'At most 500 characters.' }),
  }),
});
const ResumeWorkOrderInput = builder.inputType('ResumeWorkOrderInput', {
  fields: (t) => target(t),
});
const resolution = (t: InputFields) => ({
  resolutionCode: t.string({
    required: true,
    description: "One of the service's resolution codes.",
  }),
  note: t.string({ required: true, description: 'What was done; at most 4,000 characters.' }),
});
const CompleteWorkOrderInput = builder.inputType('CompleteWorkOrderInput', {
  fields: (t) => ({
    ...target(t),
    ...resolution(t),
    photoId: t.id({
      description:
        'A photo of the finished work, uploaded with POST /photos?kind=COMPLETION; the ' +
        "reporter sees it in the request's public status.",
    }),
  }),
});
const CloseWorkOrderInput = builder.inputType('CloseWorkOrderInput', {
  fields: (t) => ({ ...target(t), ...resolution(t) }),
});
const CancelWorkOrderInput = builder.inputType('CancelWorkOrderInput', {
  fields: (t) => ({
    ...target(t),
    reason: t.string({ required: true, description: 'At most 500 characters.' }),
  }),
});
const ReopenWorkOrderInput = builder.inputType('ReopenWorkOrderInput', {
  fields: (t) => ({
    ...target(t),
    note: t.string({ required: true, description: 'Why the work is not done.' }),
  }),
});
const ChangeWorkOrderPriorityInput = builder.inputType('ChangeWorkOrderPriorityInput', {
  fields: (t) => ({
    ...target(t),
    priority: t.field({ type: WorkOrderPriorityEnum, required: true }),
  }),
});
const AddWorkOrderNoteInput = builder.inputType('AddWorkOrderNoteInput', {
  fields: (t) => ({
    ...target(t),
    body: t.string({ required: true, description: 'At most 4,000 characters.' }),
    visibility: t.field({ type: NoteVisibilityEnum, required: true }),
  }),
});
const SplitWorkOrderInput = builder.inputType('SplitWorkOrderInput', {
  fields: (t) => ({
    ...target(t),
    summary: t.string({
      required: true,
      description: 'What the new work is; at most 200 characters.',
    }),
    priority: t.field({
      type: WorkOrderPriorityEnum,
      description: 'Unless given, that of the work order split from.',
    }),
  }),
});
const BulkAssignWorkOrdersInput = builder.inputType('BulkAssignWorkOrdersInput', {
  fields: (t) => ({
    items: t.field({
      type: [WorkOrderVersionInput],
      required: true,
      description: '1 to 500 work orders, each at the version you last read.',
    }),
    ...assignee(t),
  }),
});

const SplitWorkOrderPayload = builder
  .objectRef<{ original: WorkOrder; split: WorkOrder }>('SplitWorkOrderPayload')
  .implement({
    authScopes: TRIAGE,
    fields: (t) => ({
      workOrder: t.field({
        type: WorkOrderRef,
        description: 'The work order split from, at its new version.',
        resolve: (payload) => payload.original,
      }),
      splitWorkOrder: t.field({
        type: WorkOrderRef,
        description: 'The new work order, for the same request.',
        resolve: (payload) => payload.split,
      }),
    }),
  });

const BulkAssignWorkOrdersPayload = builder
  .objectRef<BulkAssignResult>('BulkAssignWorkOrdersPayload')
  .implement({
    authScopes: ASSIGN,
    fields: (t) => ({
      applied: t.exposeBoolean('applied', {
        description: 'All were assigned (true), or none was (false: see each result).',
      }),
      results: t.field({
        type: [BulkAssignResultRef],
        description: 'One per item, in the order given.',
        resolve: (payload) => payload.results,
      }),
    }),
  });

builder.mutationFields((t) => ({
  assignWorkOrder: t.field({
    type: workOrderPayload('AssignWorkOrderPayload', ASSIGN),
    description: 'Assigns (or reassigns) work to a crew and/or a person of its department.',
    authScopes: ASSIGN,
    args: { input: t.arg({ type: AssignWorkOrderInput, required: true }) },
    resolve: (_root, { input }, ctx) => refusalsAsErrors(() => assignWorkOrder(ctx, input, input)),
  }),
  bulkAssignWorkOrders: t.field({
    type: BulkAssignWorkOrdersPayload,
    description:
      'Assigns 1 to 500 work orders in one transaction: all or nothing, with a result per work order.',
    authScopes: ASSIGN,
    args: { input: t.arg({ type: BulkAssignWorkOrdersInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      refusalsAsErrors(() => bulkAssignWorkOrders(ctx, input.items, input)),
  }),
  changeWorkOrderPriority: t.field({
    type: workOrderPayload('ChangeWorkOrderPriorityPayload', ASSIGN),
    authScopes: ASSIGN,
    args: { input: t.arg({ type: ChangeWorkOrderPriorityInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      refusalsAsErrors(() => changeWorkOrderPriority(ctx, input, input.priority)),
  }),
  startWorkOrder: t.field({
    type: workOrderPayload('StartWorkOrderPayload', WORK),
    description: "ASSIGNED → IN_PROGRESS. Field workers: their own or their crew's work.",
    authScopes: WORK,
    args: { input: t.arg({ type: StartWorkOrderInput, required: true }) },
    resolve: (_root, { input }, ctx) => refusalsAsErrors(() => startWorkOrder(ctx, input)),
  }),
  holdWorkOrder: t.field({
    type: workOrderPayload('HoldWorkOrderPayload', WORK),
    description:
      "IN_PROGRESS → ON_HOLD, with the reason. Field workers: their own or their crew's.",
    authScopes: WORK,
    args: { input: t.arg({ type: HoldWorkOrderInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      refusalsAsErrors(() => holdWorkOrder(ctx, input, input.reason)),
  }),
  resumeWorkOrder: t.field({
    type: workOrderPayload('ResumeWorkOrderPayload', WORK),
    description: "ON_HOLD → IN_PROGRESS. Field workers: their own or their crew's work.",
    authScopes: WORK,
    args: { input: t.arg({ type: ResumeWorkOrderInput, required: true }) },
    resolve: (_root, { input }, ctx) => refusalsAsErrors(() => resumeWorkOrder(ctx, input)),
  }),
  completeWorkOrder: t.field({
    type: workOrderPayload('CompleteWorkOrderPayload', WORK),
    description: 'IN_PROGRESS → COMPLETED, with a resolution code and note.',
    authScopes: WORK,
    args: { input: t.arg({ type: CompleteWorkOrderInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      refusalsAsErrors(() => completeWorkOrder(ctx, input, input, input.photoId)),
  }),
  closeWorkOrder: t.field({
    type: workOrderPayload('CloseWorkOrderPayload', SUPERVISE),
    description: 'COMPLETED → CLOSED, with a resolution code and note.',
    authScopes: SUPERVISE,
    args: { input: t.arg({ type: CloseWorkOrderInput, required: true }) },
    resolve: (_root, { input }, ctx) => refusalsAsErrors(() => closeWorkOrder(ctx, input, input)),
  }),
  cancelWorkOrder: t.field({
    type: workOrderPayload('CancelWorkOrderPayload', SUPERVISE),
    description: 'Any open state → CANCELLED, with the reason.',
    authScopes: SUPERVISE,
    args: { input: t.arg({ type: CancelWorkOrderInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      refusalsAsErrors(() => cancelWorkOrder(ctx, input, input.reason)),
  }),
  reopenWorkOrder: t.field({
    type: workOrderPayload('ReopenWorkOrderPayload', SUPERVISE),
    description: 'COMPLETED or CLOSED → ASSIGNED, to the same crew and person, with a note.',
    authScopes: SUPERVISE,
    args: { input: t.arg({ type: ReopenWorkOrderInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      refusalsAsErrors(() => reopenWorkOrder(ctx, input, input.note)),
  }),
  addWorkOrderNote: t.field({
    type: workOrderPayload('AddWorkOrderNotePayload', NOTES),
    description: 'A PUBLIC note (the reporter sees it) or an INTERNAL one (staff only).',
    authScopes: NOTES,
    args: { input: t.arg({ type: AddWorkOrderNoteInput, required: true }) },
    resolve: (_root, { input }, ctx) => refusalsAsErrors(() => addWorkOrderNote(ctx, input, input)),
  }),
  splitWorkOrder: t.field({
    type: SplitWorkOrderPayload,
    description: 'Splits more work off a work order: a second work order for the same request.',
    authScopes: TRIAGE,
    args: { input: t.arg({ type: SplitWorkOrderInput, required: true }) },
    resolve: (_root, { input }, ctx) => refusalsAsErrors(() => splitWorkOrder(ctx, input, input)),
  }),
}));
