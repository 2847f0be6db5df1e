import { scrubPersonalText } from '@civicgraph/platform';
import type { ServiceRequest } from '../db/service-request.table';
import type { WorkOrder } from '../db/work-order.table';

/**
 * What an event says about a work order at the time: its state and the keys a
 * subscriber filters on (docs in the subgraph's README, "Outbox events"). Staff-only
 * data, like the work order itself; no personal data. Given the work order before
 * the change, `previous` holds the facts the change moved, as they were: a live list
 * filtered on status learns that a work order left it.
 */
export function workOrderFacts(workOrder: WorkOrder, before?: WorkOrder) {
  const facts = stateFacts(workOrder);
  // When the work order last changed, its own clock (open data publishes it): outside
  // the state facts, so `previous` never names it (it moves on every change).
  const updatedAt = workOrder.updatedAt.toISOString();
  if (!before) return { ...facts, updatedAt };
  const was = stateFacts(before);
  const previous = Object.fromEntries(
    (Object.keys(facts) as Array<keyof typeof facts>)
      .filter((key) => facts[key] !== was[key])
      .map((key) => [key, was[key]]),
  );
  return { ...facts, updatedAt, previous };
}

function stateFacts(workOrder: WorkOrder) {
  return {
    number: workOrder.number,
    status: workOrder.status,
    priority: workOrder.priority,
    departmentId: workOrder.departmentId,
    crewId: workOrder.crewId,
    assigneeId: workOrder.assigneeId,
    serviceId: workOrder.serviceId,
    district: workOrder.district,
    lon: workOrder.lon,
    lat: workOrder.lat,
    dueAt: workOrder.dueAt.toISOString(),
    overdue: workOrder.overdue,
    resolutionCode: workOrder.resolutionCode,
  };
}

/**
 * What an event says about a service request: its public fields only. Never the
 * reporter's details: open data publishes from these events. The description is
 * scrubbed of emails and phone numbers here already; publishers scrub further (house
 * numbers) and reduce the address as they publish.
 */
export function serviceRequestFacts(request: ServiceRequest) {
  return {
    number: request.number,
    status: request.status,
    serviceId: request.serviceId,
    channel: request.channel,
    district: request.district,
    lon: request.lon,
    lat: request.lat,
    requestedAt: request.requestedAt.toISOString(),
    closedAt: request.closedAt?.toISOString() ?? null,
    duplicateOfId: request.duplicateOfId,
    description: scrubPersonalText(request.description),
    address: request.address,
    updatedAt: request.updatedAt.toISOString(),
  };
}
