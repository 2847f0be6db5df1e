import {
  checkedFilterIds,
  checkedId,
  exactlyOneKey,
  filteredConnection,
} from '@civicgraph/platform';
import { builder } from '../builder';
import { countWorkOrders, pageOfWorkOrders, workOrderByNumber } from '../db/work-order.repository';
import {
  finishedWorkOrderStatuses,
  type WorkOrder,
  type WorkOrderStatus,
  workOrderPriorities,
  workOrderStatuses,
} from '../db/work-order.table';
import { newestFirstCodec } from './pagination';
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

const finished = new Set<WorkOrderStatus>(finishedWorkOrderStatuses);

function isOverdue(workOrder: WorkOrder, now: Date) {
  return !finished.has(workOrder.status) && workOrder.dueAt < now;
}

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
    overdue: t.boolean({
      description: 'Not finished and past its due time.',
      resolve: (workOrder) => isOverdue(workOrder, new Date()),
    }),
  }),
});

const WorkOrderFilterInput = builder.inputType('WorkOrderFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [WorkOrderStatusEnum], description: 'Any of these statuses.' }),
    open: t.boolean({ description: 'true: not COMPLETED, CLOSED or CANCELLED; false: those.' }),
    departmentId: t.id(),
    crewId: t.id(),
    assigneeId: t.id(),
    serviceId: t.id(),
    district: t.int({ description: "Council district of the work order's request." }),
    overdue: t.boolean({ description: 'true: open and past due; false: all others.' }),
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
    description: 'Work orders, newest first.',
    filter: WorkOrderFilterInput,
    toFilter: (given) =>
      checkedFilterIds(given, ['departmentId', 'crewId', 'assigneeId', 'serviceId']),
    codec: newestFirstCodec,
    page: ({ db }, filter, page) => pageOfWorkOrders(db, filter, page),
    count: ({ db }, filter) => countWorkOrders(db, filter),
    totalCountDescription: 'Work orders matching the filter, on all pages.',
  }),
}));
