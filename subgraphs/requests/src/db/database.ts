import type { ChangeLogTable, OutboxEventTable } from './change-log.table';
import type { CityTable, DistrictTable } from './city.table';
import type { NoteTable } from './note.table';
import type { OutboxHorizonTable } from './outbox-horizon.table';
import type { PhotoTable } from './photo.table';
import type {
  ReplyTemplateTable,
  ResolutionCodeTable,
  ServiceAttributeTable,
  ServiceTable,
} from './service.table';
import type { ServiceRequestTable } from './service-request.table';
import type { WorkOrderTable } from './work-order.table';
import type { WorkOrderCountsTable } from './work-order-counts.table';

/** The tables of the `requests` schema, as Kysely sees them (camelCase). */
export interface RequestsDatabase {
  services: ServiceTable;
  serviceRequests: ServiceRequestTable;
  workOrders: WorkOrderTable;
  changeLog: ChangeLogTable;
  outboxEvents: OutboxEventTable;
  outboxHorizon: OutboxHorizonTable;
  notes: NoteTable;
  workOrderCounts: WorkOrderCountsTable;
  city: CityTable;
  districts: DistrictTable;
  serviceAttributes: ServiceAttributeTable;
  resolutionCodes: ResolutionCodeTable;
  replyTemplates: ReplyTemplateTable;
  photos: PhotoTable;
}
