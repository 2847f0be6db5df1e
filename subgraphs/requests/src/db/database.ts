import type { ServiceTable } from './service.table';
import type { ServiceRequestTable } from './service-request.table';
import type { WorkOrderTable } from './work-order.table';

/** The tables of the `requests` schema, as Kysely sees them (camelCase). */
export interface RequestsDatabase {
  services: ServiceTable;
  serviceRequests: ServiceRequestTable;
  workOrders: WorkOrderTable;
}
