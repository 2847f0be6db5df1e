import { localParts } from '@civicgraph/platform';
import { type Insertable, sql } from 'kysely';
import { citySettings } from '../db/city.repository';
import type { Service } from '../db/service.table';
import type { ServiceRequest, ServiceRequestTable } from '../db/service-request.table';
import type { WorkOrder, WorkOrderPriority } from '../db/work-order.table';
import { slaDueAt } from '../sla/due-at';
import { serviceRequestFacts, workOrderFacts } from './facts';
import { syncRequestStatus } from './request-status';
import { touchServiceRequest } from './request-touched';
import type { RequestsWrite } from './requests-write';

async function nextNumber(
  write: RequestsWrite,
  sequence: 'service_request_numbers' | 'work_order_numbers',
): Promise<string> {
  const { city } = await citySettings(write.db);
  const { rows } = await sql<{ n: string }>`select nextval(${sequence}::regclass) as n`.execute(
    write.trx,
  );
  const yy = localParts(write.now, city.timeZone).date.slice(2, 4);
  const serial = String(rows[0]!.n).padStart(6, '0');
  return sequence === 'service_request_numbers'
    ? `${city.numberPrefix}-${yy}-${serial}`
    : `${city.numberPrefix}-WO-${yy}-${serial}`;
}

/** The columns intake decides; the rest (number, status, clock, version) follow here. */
export type NewServiceRequest = Omit<
  Insertable<ServiceRequestTable>,
  'id' | 'number' | 'status' | 'requestedAt' | 'updatedAt' | 'closedAt' | 'version'
>;

/** Inserts a new, open request and records its creation (audit entry and event). */
export async function insertServiceRequest(
  write: RequestsWrite,
  values: NewServiceRequest,
): Promise<ServiceRequest> {
  const request = await write.trx
    .insertInto('serviceRequests')
    .values({
      ...values,
      id: crypto.randomUUID(),
      number: await nextNumber(write, 'service_request_numbers'),
      status: 'OPEN',
      requestedAt: write.now,
      updatedAt: write.now,
      closedAt: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await write.record({
    entityType: 'SERVICE_REQUEST',
    entityId: request.id,
    serviceRequestId: request.id,
    version: request.version,
    action: 'CREATE',
    changes: [{ field: 'status', from: null, to: 'OPEN' }],
    facts: serviceRequestFacts(request),
  });
  return request;
}

export interface NewWorkOrder {
  request: ServiceRequest;
  service: Service;
  priority?: WorkOrderPriority;
  summary?: string;
  assetId?: string | null;
  /** Why it was created, for the audit entry (a split says why). */
  note?: string | null;
}

/**
 * Routes work for a request: a NEW work order in the service's department, due when
 * the service's SLA says (on the city's business calendar where it counts business
 * hours), at the service's default priority unless told otherwise. A request that was
 * closed opens again.
 */
export async function createWorkOrder(
  write: RequestsWrite,
  input: NewWorkOrder,
): Promise<WorkOrder> {
  const { request, service } = input;
  const { city } = await citySettings(write.db);
  const sla = { hours: service.slaHours, businessHours: service.slaBusinessHours };
  const workOrder = await write.trx
    .insertInto('workOrders')
    .values({
      id: crypto.randomUUID(),
      number: await nextNumber(write, 'work_order_numbers'),
      serviceRequestId: request.id,
      serviceId: service.id,
      departmentId: service.departmentId,
      crewId: null,
      assigneeId: null,
      assetId: input.assetId ?? null,
      status: 'NEW',
      priority: input.priority ?? service.defaultPriority,
      summary: input.summary ?? `${service.nameEn} — ${request.address}`,
      lon: request.lon,
      lat: request.lat,
      district: request.district,
      createdAt: write.now,
      updatedAt: write.now,
      dueAt: slaDueAt(city, sla, write.now),
      slaHours: sla.hours,
      slaBusinessHours: sla.businessHours,
      completedAt: null,
      closedAt: null,
      resolution: null,
      changedByKind: write.actor.kind,
      changedById: write.actor.id,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  write.counts.move(null, workOrder);
  // More work on a request filed earlier (a split) changes when it is expected done.
  await touchServiceRequest(write, request.id);
  await write.record({
    entityType: 'WORK_ORDER',
    entityId: workOrder.id,
    serviceRequestId: request.id,
    version: workOrder.version,
    action: 'CREATE',
    changes: [{ field: 'status', from: null, to: 'NEW' }],
    note: input.note ?? null,
    facts: workOrderFacts(workOrder),
  });
  if (request.status !== 'OPEN') await syncRequestStatus(write, request.id);
  return workOrder;
}
