import {
  type Bbox,
  badUserInput,
  bboxContains,
  bboxProblems,
  distanceMeters,
  isUuid,
} from '@civicgraph/platform';
import type { OutboxEvent } from './outbox-event';

/** Whether one event goes to a subscription. */
export type EventMatcher = (event: OutboxEvent) => boolean;

interface Near {
  lon: number;
  lat: number;
  radiusMeters: number;
}

interface PlaceFilter {
  bbox?: Bbox | null;
  near?: Near | null;
}

/** `workOrderChanged(filter)`, as coerced from the subscriber's arguments. */
export interface WorkOrderChangeFilter extends PlaceFilter {
  statuses?: string[] | null;
  open?: boolean | null;
  departmentId?: string | null;
  crewId?: string | null;
  assigneeId?: string | null;
  serviceId?: string | null;
  district?: number | null;
  overdue?: boolean | null;
  priorities?: string[] | null;
}

/** `serviceRequestCreated(filter)`. */
export interface ServiceRequestCreatedFilter extends PlaceFilter {
  serviceId?: string | null;
  district?: number | null;
  channel?: string | null;
}

/** As the `workOrders` list filter says it (subgraphs/requests list-filter-input.ts). */
const MAX_RADIUS_METERS = 50_000;
const FINISHED = new Set(['COMPLETED', 'CLOSED', 'CANCELLED']);

type Facts = Record<string, unknown>;

function checkIds(filter: object, fields: string[]) {
  for (const field of fields) {
    const value = (filter as Record<string, unknown>)[field];
    if (value != null && !isUuid(String(value))) {
      throw badUserInput(`filter.${field} must be an id this API returned`, {
        argument: `filter.${field}`,
      });
    }
  }
}

function checkPlace({ bbox, near, district }: PlaceFilter & { district?: number | null }) {
  const problems = bbox ? bboxProblems(bbox).map((p) => `filter.bbox: ${p}`) : [];
  if (near) {
    if (Math.abs(near.lon) > 180 || Math.abs(near.lat) > 90) {
      problems.push('filter.near: lon must lie within -180..180 and lat within -90..90');
    }
    if (!(near.radiusMeters > 0) || near.radiusMeters > MAX_RADIUS_METERS) {
      problems.push(`filter.near.radiusMeters: must be above 0 and at most ${MAX_RADIUS_METERS}`);
    }
  }
  if (district != null && district < 1)
    problems.push('filter.district: districts are numbered from 1');
  if (problems.length > 0) throw badUserInput(problems.join('; '), { problems });
}

function inPlace(facts: Facts, { bbox, near }: PlaceFilter): boolean {
  const lon = Number(facts.lon);
  const lat = Number(facts.lat);
  if (bbox && !bboxContains(bbox, lon, lat)) return false;
  if (near && distanceMeters(near.lon, near.lat, lon, lat) > near.radiusMeters) return false;
  return true;
}

/** Equal when the filter names a value; anything when it does not. */
const same = (wanted: unknown, actual: unknown) => wanted == null || wanted === actual;

function workOrderMatches(facts: Facts, filter: WorkOrderChangeFilter): boolean {
  const status = String(facts.status);
  return (
    (filter.statuses == null || filter.statuses.includes(status)) &&
    (filter.open == null || filter.open === !FINISHED.has(status)) &&
    same(filter.departmentId, facts.departmentId) &&
    same(filter.crewId, facts.crewId) &&
    same(filter.assigneeId, facts.assigneeId) &&
    same(filter.serviceId, facts.serviceId) &&
    same(filter.district, facts.district) &&
    same(filter.overdue, facts.overdue) &&
    (filter.priorities == null || filter.priorities.includes(String(facts.priority))) &&
    inPlace(facts, filter)
  );
}

/**
 * Work-order events the filter matches after the change, or before it (the facts'
 * `previous`): a live list also hears about the work that left it.
 */
export function workOrderChangeMatcher(filter: WorkOrderChangeFilter | null): EventMatcher {
  const given = filter ?? {};
  checkIds(given, ['departmentId', 'crewId', 'assigneeId', 'serviceId']);
  checkPlace(given);
  return (event) => {
    if (event.entityType !== 'WORK_ORDER') return false;
    if (workOrderMatches(event.facts, given)) return true;
    const previous = event.facts.previous as Facts | undefined;
    return (
      previous !== undefined &&
      Object.keys(previous).length > 0 &&
      workOrderMatches({ ...event.facts, ...previous }, given)
    );
  };
}

/** Every event of one request: its own changes and its work's. */
export function serviceRequestMatcher(id: string): EventMatcher {
  if (!isUuid(id)) throw badUserInput('id must be an id this API returned', { argument: 'id' });
  return (event) => event.serviceRequestId === id;
}

/** New requests the filter matches. */
export function serviceRequestCreatedMatcher(
  filter: ServiceRequestCreatedFilter | null,
): EventMatcher {
  const given = filter ?? {};
  checkIds(given, ['serviceId']);
  checkPlace(given);
  return (event) =>
    event.type === 'SERVICE_REQUEST_CREATED' &&
    same(given.serviceId, event.facts.serviceId) &&
    same(given.district, event.facts.district) &&
    same(given.channel, event.facts.channel) &&
    inPlace(event.facts, given);
}
