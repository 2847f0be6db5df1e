import { builder } from '../builder';
import type { WorkOrderStatus } from '../db/work-order.table';
import type { KeyCount, WorkOrderStats } from '../db/work-order-stats.repository';
import { workOrderStats } from '../db/work-order-stats.repository';
import { DepartmentRef, ServiceRef } from './refs';
import { toWorkOrderFilter, WorkOrderFilterInput, WorkOrderStatusEnum } from './work-order';

const readable = { permission: 'work-orders.read' } as const;

export const WorkOrderStatusCount = builder
  .objectRef<KeyCount<WorkOrderStatus>>('WorkOrderStatusCount')
  .implement({
    authScopes: readable,
    fields: (t) => ({
      status: t.field({ type: WorkOrderStatusEnum, resolve: (row) => row.key }),
      count: t.exposeInt('count'),
    }),
  });

const DepartmentCount = builder.objectRef<KeyCount<string>>('WorkOrderDepartmentCount').implement({
  authScopes: readable,
  fields: (t) => ({
    department: t.field({ type: DepartmentRef, resolve: (row) => ({ id: row.key }) }),
    count: t.exposeInt('count'),
  }),
});

const DistrictCount = builder
  .objectRef<KeyCount<number | null>>('WorkOrderDistrictCount')
  .implement({
    authScopes: readable,
    fields: (t) => ({
      district: t.int({
        nullable: true,
        description: 'Council district; null for work outside every district.',
        resolve: (row) => row.key,
      }),
      count: t.exposeInt('count'),
    }),
  });

const ServiceCount = builder.objectRef<KeyCount<string>>('WorkOrderServiceCount').implement({
  authScopes: readable,
  fields: (t) => ({
    service: t.field({ type: ServiceRef, resolve: (row) => row.key }),
    count: t.exposeInt('count'),
  }),
});

const WorkOrderStatsRef = builder.objectRef<WorkOrderStats>('WorkOrderStats').implement({
  description: 'Work orders matching a filter, counted several ways; largest counts first.',
  authScopes: readable,
  fields: (t) => ({
    total: t.exposeInt('total'),
    overdue: t.exposeInt('overdue', { description: 'Flagged overdue by the scheduler.' }),
    byStatus: t.field({ type: [WorkOrderStatusCount], resolve: (stats) => stats.byStatus }),
    byDepartment: t.field({ type: [DepartmentCount], resolve: (stats) => stats.byDepartment }),
    byDistrict: t.field({ type: [DistrictCount], resolve: (stats) => stats.byDistrict }),
    byService: t.field({ type: [ServiceCount], resolve: (stats) => stats.byService }),
    openAgeMedianHours: t.exposeFloat('openAgeMedianHours', {
      nullable: true,
      description: 'Median age of the open work among the matches, in hours; null if none is open.',
    }),
    openAgeP90Hours: t.exposeFloat('openAgeP90Hours', {
      nullable: true,
      description: '90th percentile of that age, in hours.',
    }),
  }),
});

builder.queryFields((t) => ({
  workOrderStats: t.field({
    type: WorkOrderStatsRef,
    description:
      'Counts of the work orders a filter matches, from the counters the write core keeps ' +
      'when the filter uses only their dimensions.',
    authScopes: readable,
    args: { filter: t.arg({ type: WorkOrderFilterInput }) },
    resolve: (_root, { filter }, ctx) => workOrderStats(ctx.db, toWorkOrderFilter(filter)),
  }),
}));
