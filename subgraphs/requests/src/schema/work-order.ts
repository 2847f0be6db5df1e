import {
  checkedFilterIds,
  checkedId,
  exactlyOneKey,
  filteredConnection,
} from '@civicgraph/platform';
import { builder, type InputFields } from '../builder';
import {
  countWorkOrders,
  defaultWorkOrderOrdering,
  pageOfWorkOrders,
  type WorkOrderFilter,
  workOrderByNumber,
  workOrderSortColumns,
} from '../db/work-order.repository';
import { workOrderPriorities, workOrderStatuses } from '../db/work-order.table';
import {
  BBoxInput,
  checkDistrict,
  checkedPlaceTimeText,
  checkRange,
  NearInput,
} from './list-filter-input';
import { orderingCodec, SortDirectionEnum } from './pagination';
import {
  CrewRef,
  DepartmentRef,
  GeoPointRef,
  ServiceRef,
  ServiceRequestRef,
  StaffRef,
  WorkOrderRef,
} from './refs';

export const WorkOrderStatusEnum = builder.enumType('WorkOrderStatus', {
  values: workOrderStatuses,
  description: 'Where the work stands; COMPLETED, CLOSED and CANCELLED are finished.',
});

export const WorkOrderPriorityEnum = builder.enumType('WorkOrderPriority', {
  values: workOrderPriorities,
});

WorkOrderRef.implement({
  description: 'A piece of field work a department does for a service request.',
  // Staff only. Its serviceRequest stays non-null: every holder of work-orders.read
  // holds requests.read (a test in test/access.test.ts keeps that true).
  authScopes: { permission: 'work-orders.read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number'),
    status: t.expose('status', { type: WorkOrderStatusEnum }),
    priority: t.expose('priority', { type: WorkOrderPriorityEnum }),
    summary: t.exposeString('summary'),
    serviceRequest: t.field({
      type: ServiceRequestRef,
      resolve: (workOrder) => workOrder.serviceRequestId,
    }),
    service: t.field({ type: ServiceRef, resolve: (workOrder) => workOrder.serviceId }),
    department: t.field({
      type: DepartmentRef,
      resolve: (workOrder) => ({ id: workOrder.departmentId }),
    }),
    crew: t.field({
      type: CrewRef,
      nullable: true,
      resolve: (workOrder) => (workOrder.crewId ? { id: workOrder.crewId } : null),
    }),
    assignee: t.field({
      type: StaffRef,
      nullable: true,
      resolve: (workOrder) => (workOrder.assigneeId ? { id: workOrder.assigneeId } : null),
    }),
    // A plain id rather than an Asset stub: assets `@requires` it to resolve WorkOrder.asset.
    assetId: t.exposeID('assetId', {
      nullable: true,
      description: 'The asset the work is on, if any.',
    }),
    location: t.field({
      type: GeoPointRef,
      resolve: (workOrder) => ({ lon: workOrder.lon, lat: workOrder.lat }),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    dueAt: t.expose('dueAt', { type: 'DateTime', description: 'When the SLA expects it done.' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    resolution: t.exposeString('resolution', {
      nullable: true,
      description: 'What was done, written when the work is completed or closed.',
    }),
    version: t.exposeInt('version', {
      description: 'Bumped by every change; an update naming an older version is refused.',
    }),
    overdue: t.exposeBoolean('overdue', {
      description:
        'Open and past its due time, as the overdue scheduler last found it (it writes an ' +
        'event when the flag turns), so lists, counts and live views agree.',
    }),
    district: t.exposeInt('district', {
      nullable: true,
      description: "Council district of the work order's request; null outside every district.",
    }),
    holdReason: t.exposeString('holdReason', {
      nullable: true,
      description: 'Why the work is ON_HOLD, while it is.',
    }),
    resolutionCode: t.exposeString('resolutionCode', {
      nullable: true,
      description: "One of the service's resolution codes, set on complete or close.",
    }),
  }),
});

/**
 * The conditions a work order's own state answers. The list filters on them, and so
 * does a live subscription (schema/subscriptions.ts): its events carry the same facts.
 */
export const workOrderStateFilterFields = (t: InputFields) => ({
  statuses: t.field({ type: [WorkOrderStatusEnum], description: 'Any of these statuses.' }),
  open: t.boolean({ description: 'true: not COMPLETED, CLOSED or CANCELLED; false: those.' }),
  departmentId: t.id(),
  crewId: t.id(),
  assigneeId: t.id(),
  serviceId: t.id(),
  district: t.int({ description: "Council district of the work order's request." }),
  overdue: t.boolean({
    description: 'true: flagged overdue by the scheduler (open and past due); false: all others.',
  }),
  priorities: t.field({ type: [WorkOrderPriorityEnum], description: 'Any of these priorities.' }),
  bbox: t.field({ type: BBoxInput, description: 'Only work whose point lies in this box.' }),
  near: t.field({ type: NearInput, description: 'Only work within the radius of the point.' }),
});

export const WorkOrderFilterInput = builder.inputType('WorkOrderFilter', {
  fields: (t) => ({
    ...workOrderStateFilterFields(t),
    createdAfter: t.field({ type: 'DateTime', description: 'Inclusive.' }),
    createdBefore: t.field({ type: 'DateTime', description: 'Exclusive.' }),
    updatedAfter: t.field({ type: 'DateTime', description: 'Inclusive.' }),
    updatedBefore: t.field({ type: 'DateTime', description: 'Exclusive.' }),
    text: t.string({
      description:
        "Words in the summary, or in the request's description or address (at least 3 " +
        'characters, case-insensitive).',
    }),
  }),
});

export type WorkOrderFilterGiven = typeof WorkOrderFilterInput.$inferInput;

/** The filter argument as the repository takes it; impossible values are BAD_USER_INPUT. */
export function toWorkOrderFilter(given: WorkOrderFilterGiven | null | undefined): WorkOrderFilter {
  const ids = checkedFilterIds(given, ['departmentId', 'crewId', 'assigneeId', 'serviceId']);
  checkRange('created', given?.createdAfter, given?.createdBefore);
  return {
    ...ids,
    ...checkedPlaceTimeText(given),
    district: checkDistrict(given?.district),
  };
}

const WorkOrderSortFieldEnum = builder.enumType('WorkOrderSortField', {
  values: ['DUE_AT', 'PRIORITY', 'CREATED_AT', 'UPDATED_AT'] as const,
  description: 'PRIORITY sorts URGENT > HIGH > NORMAL > LOW; ties go by id.',
});

const WorkOrderOrderInput = builder.inputType('WorkOrderOrder', {
  fields: (t) => ({
    field: t.field({ type: WorkOrderSortFieldEnum, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC' }),
  }),
});

builder.queryFields((t) => ({
  workOrder: t.field({
    type: WorkOrderRef,
    nullable: true,
    description: 'A work order by id or by number.',
    authScopes: { permission: 'work-orders.read' },
    args: { id: t.arg.id(), number: t.arg.string() },
    resolve: async (_root, { id, number }, ctx) => {
      exactlyOneKey({ id, number });
      if (id) return checkedId(id, 'id');
      return (await workOrderByNumber(ctx.db, number!)) ?? null;
    },
  }),
  workOrders: filteredConnection(t, {
    type: WorkOrderRef,
    name: 'WorkOrder',
    authScopes: { permission: 'work-orders.read' },
    description: 'Work orders, newest first unless orderBy says otherwise.',
    filter: WorkOrderFilterInput,
    toFilter: toWorkOrderFilter,
    orderBy: {
      type: WorkOrderOrderInput,
      toOrdering: (given) =>
        given
          ? { field: given.field, direction: given.direction ?? 'ASC' }
          : defaultWorkOrderOrdering,
      codec: (ordering) =>
        orderingCodec(ordering.field, workOrderSortColumns[ordering.field], ordering.direction),
    },
    page: ({ db }, filter, page, ordering) => pageOfWorkOrders(db, filter, ordering, page),
    count: ({ db }, filter) => countWorkOrders(db, filter),
    countMayEstimate: true,
    totalCountDescription:
      'Work orders matching the filter, on all pages: exact from counters for status, ' +
      'department, service, district, priority and overdue; above 10,000 otherwise, an ' +
      'estimate (see totalCountIsEstimate).',
  }),
}));
