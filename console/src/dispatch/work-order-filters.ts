import type { WorkOrderFilter, WorkOrderPriority, WorkOrderStatus } from '../generated/graphql';

/**
 * What a dispatcher narrows the open work to. The one source for the list's query, the
 * map's tile URLs and the address bar, so that the three can never disagree.
 */
export interface WorkOrderFilters {
  /** Empty: every open status (FILTER_STATUSES adds COMPLETED, awaiting close). */
  statuses: WorkOrderStatus[];
  /** Empty: every priority. */
  priorities: WorkOrderPriority[];
  departmentId: string | null;
  /** The service's code (stable, readable in a shared link); the list looks up its id. */
  serviceCode: string | null;
  district: number | null;
  /** null: overdue or not. */
  overdue: boolean | null;
  /** Words in the summary, description or address; used from 3 characters. */
  text: string;
}

/**
 * The statuses a dispatcher can filter on: the open ones, and COMPLETED, the work a
 * supervisor still has to close (finished on site, not yet checked).
 */
export const FILTER_STATUSES: readonly WorkOrderStatus[] = [
  'NEW',
  'ASSIGNED',
  'IN_PROGRESS',
  'ON_HOLD',
  'COMPLETED',
];

export const OPEN_STATUSES: readonly WorkOrderStatus[] = [
  'NEW',
  'ASSIGNED',
  'IN_PROGRESS',
  'ON_HOLD',
];
export const PRIORITIES: readonly WorkOrderPriority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];

/** The graph ignores shorter text (and refuses it): the filter applies from here. */
export const MIN_TEXT_LENGTH = 3;

export const NO_FILTERS: WorkOrderFilters = {
  statuses: [],
  priorities: [],
  departmentId: null,
  serviceCode: null,
  district: null,
  overdue: null,
  text: '',
};

/** The query-string names: short, stable, and the tile routes' own where they overlap. */
export const FILTER_PARAMS = {
  statuses: 'status',
  priorities: 'priority',
  departmentId: 'department',
  serviceCode: 'service',
  district: 'district',
  overdue: 'overdue',
  text: 'q',
} as const satisfies Record<keyof WorkOrderFilters, string>;

function oneOf<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return allowed.filter((value) => values.includes(value));
}

/**
 * Reads filters from an address. Anything it does not understand (an edited link, an
 * old bookmark) is dropped rather than refused: the page still opens.
 */
export function filtersFromSearch(search: URLSearchParams): WorkOrderFilters {
  const district = Number(search.get(FILTER_PARAMS.district));
  const overdue = search.get(FILTER_PARAMS.overdue);
  return {
    statuses: oneOf(search.getAll(FILTER_PARAMS.statuses), FILTER_STATUSES),
    priorities: oneOf(search.getAll(FILTER_PARAMS.priorities), PRIORITIES),
    departmentId: search.get(FILTER_PARAMS.departmentId) || null,
    serviceCode: search.get(FILTER_PARAMS.serviceCode) || null,
    district: Number.isInteger(district) && district > 0 ? district : null,
    overdue: overdue === 'true' ? true : overdue === 'false' ? false : null,
    text: search.get(FILTER_PARAMS.text)?.trim() ?? '',
  };
}

/** The query-string values for filters (null removes a parameter), for useSetSearchParams. */
export function filtersToSearch(
  filters: WorkOrderFilters,
): Record<string, string | readonly string[] | null> {
  return {
    [FILTER_PARAMS.statuses]: filters.statuses,
    [FILTER_PARAMS.priorities]: filters.priorities,
    [FILTER_PARAMS.departmentId]: filters.departmentId,
    [FILTER_PARAMS.serviceCode]: filters.serviceCode,
    [FILTER_PARAMS.district]: filters.district === null ? null : String(filters.district),
    [FILTER_PARAMS.overdue]: filters.overdue === null ? null : String(filters.overdue),
    [FILTER_PARAMS.text]: filters.text || null,
  };
}

export function hasFilters(filters: WorkOrderFilters): boolean {
  return JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
}

/** A box in longitude and latitude, as the map reports its viewport. */
export interface Bbox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * The graph's filter for the list: the chosen statuses, else open work only; the other
 * filters; and (when given) the map's viewport. `serviceId` is the id of `filters.serviceCode`, which the caller
 * looked up. Null when nothing can match (a code it could not find: a retired service in
 * an old link), so that the caller shows an empty list instead of asking for everything.
 */
export function toWorkOrderFilter(
  filters: WorkOrderFilters,
  { serviceId, bbox }: { serviceId?: string | null; bbox?: Bbox | null } = {},
): WorkOrderFilter | null {
  const filter: WorkOrderFilter =
    filters.statuses.length > 0 ? { statuses: filters.statuses } : { open: true };
  if (filters.priorities.length > 0) filter.priorities = filters.priorities;
  if (filters.departmentId) filter.departmentId = filters.departmentId;
  if (filters.serviceCode) {
    if (!serviceId) return null;
    filter.serviceId = serviceId;
  }
  if (filters.district !== null) filter.district = filters.district;
  if (filters.overdue !== null) filter.overdue = filters.overdue;
  if (filters.text.length >= MIN_TEXT_LENGTH) filter.text = filters.text;
  if (bbox) filter.bbox = bbox;
  return filter;
}

/**
 * The same filters as the work-orders tile route reads them (`/tiles/work-orders/…?…`),
 * so the map draws exactly what the list lists.
 */
export function toTileSearch(filters: WorkOrderFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.statuses.length === 0) search.set('open', 'true');
  for (const status of filters.statuses) search.append('status', status);
  for (const priority of filters.priorities) search.append('priority', priority);
  if (filters.departmentId) search.set('department', filters.departmentId);
  if (filters.serviceCode) search.set('service', filters.serviceCode);
  if (filters.district !== null) search.set('district', String(filters.district));
  if (filters.overdue !== null) search.set('overdue', String(filters.overdue));
  if (filters.text.length >= MIN_TEXT_LENGTH) search.set('text', filters.text);
  return search;
}
