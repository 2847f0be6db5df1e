import { builder } from '../builder';
import { citySettings } from '../db/city.repository';
import type { BusinessHours } from '../db/city.table';
import type { CityCalendar, Sla } from '../sla/due-at';
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

// The calendar is public like the catalog whose SLAs it explains.
const BusinessHoursRef = builder.objectRef<BusinessHours>('BusinessHours').implement({
  description: "The city's opening hours, in which business-hours SLAs count.",
  authScopes: { permission: 'catalog.read' },
  fields: (t) => ({
    days: t.exposeIntList('days', { description: 'ISO weekdays: 1 is Monday, 7 Sunday.' }),
    start: t.exposeString('start', { description: 'Local opening time, HH:MM.' }),
    end: t.exposeString('end', { description: 'Local closing time, HH:MM.' }),
  }),
});

const CityCalendarRef = builder.objectRef<CityCalendar>('CityCalendar').implement({
  description: 'What the SLA clock counts business hours on.',
  authScopes: { permission: 'catalog.read' },
  fields: (t) => ({
    timeZone: t.exposeString('timeZone', { description: 'IANA time zone, e.g. America/Phoenix.' }),
    businessHours: t.field({ type: BusinessHoursRef, resolve: (c) => c.businessHours }),
    holidays: t.stringList({
      description: 'Local dates (YYYY-MM-DD) on which no business hours count.',
      resolve: (c) => [...c.holidays],
    }),
  }),
});

builder.queryFields((t) => ({
  cityCalendar: t.field({
    type: CityCalendarRef,
    description: "The city's business hours and holidays, as business-hours SLAs count them.",
    authScopes: { permission: 'catalog.read' },
    resolve: async (_root, _args, ctx) => (await citySettings(ctx.db)).city,
  }),
}));
