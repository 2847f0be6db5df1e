import { builder } from '../builder';
import type { Service } from '../db/service.table';
import type { ServiceRequest } from '../db/service-request.table';
import type { WorkOrder } from '../db/work-order.table';

// Refs live apart from their implementations so type files can point at each
// other without circular imports.
export const ServiceRef = builder.objectRef<Service>('Service');
export const ServiceRequestRef = builder.objectRef<ServiceRequest>('ServiceRequest');
export const WorkOrderRef = builder.objectRef<WorkOrder>('WorkOrder');
export const GeoPointRef = builder.objectRef<{ lon: number; lat: number }>('GeoPoint');

// Entities owned by accounts. This subgraph only knows their ids and returns stubs
// (`{ id }`) that the gateway completes from accounts, batched; `resolvable: false`
// says it cannot resolve them itself.
export const DepartmentRef = builder.externalRef(
  'Department',
  builder.keyDirective(builder.selection<{ id: string }>('id'), false),
);
export const CrewRef = builder.externalRef(
  'Crew',
  builder.keyDirective(builder.selection<{ id: string }>('id'), false),
);
export const StaffRef = builder.externalRef(
  'Staff',
  builder.keyDirective(builder.selection<{ id: string }>('id'), false),
);
