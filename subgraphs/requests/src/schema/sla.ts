import { builder } from '../builder';
import type { Sla } from '../sla/due-at';
import { ServiceRef, WorkOrderRef } from './refs';

const WorkOrderSlaRef = builder.objectRef<Sla>('WorkOrderSla').implement({
  description:
    "The service level a work order's due time was computed from, as the service said when the work was created.",
  authScopes: { permission: 'work-orders.read' },
  fields: (t) => ({
    hours: t.exposeInt('hours', { description: 'Hours from creation to due.' }),
    businessHours: t.exposeBoolean('businessHours', {
      description:
        "true: only the city's business hours count (weekends and holidays skipped, in the city's time zone); false: every hour counts.",
    }),
  }),
});

builder.objectFields(WorkOrderRef, (t) => ({
  sla: t.field({
    type: WorkOrderSlaRef,
    description: 'Which SLA applies; `dueAt` is when it falls due.',
    authScopes: { permission: 'work-orders.read' },
    resolve: async (workOrder, _args, ctx) => {
      if (workOrder.slaHours !== null) {
        return { hours: workOrder.slaHours, businessHours: workOrder.slaBusinessHours };
      }
      // Work created before SLAs were kept per work order: the service's, batched.
      const service = await ServiceRef.getDataloader(ctx).load(workOrder.serviceId);
      return { hours: service.slaHours, businessHours: service.slaBusinessHours };
    },
  }),
}));
