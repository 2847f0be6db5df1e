import {
  badArgument,
  booleanParam,
  codeListParam,
  districtListParam,
  enumListParam,
  idListParam,
  instantParam,
  type QueryParams,
  refuseUnknownParams,
} from '@civicgraph/platform';
import { checkedFilterText } from '../db/list-conditions';
import { type ServiceRequestStatus, serviceRequestStatuses } from '../db/service-request.table';
import {
  type WorkOrderPriority,
  type WorkOrderStatus,
  workOrderPriorities,
  workOrderStatuses,
} from '../db/work-order.table';

/**
 * A work-order tile's query parameters, checked and normalized (lists sorted, dates as
 * ISO instants): the names and meanings of `workOrders(filter:)` where it has them,
 * lists where it takes one value. Part of the tile's ETag.
 */
export interface WorkOrderTileFilter {
  status?: WorkOrderStatus[];
  open?: boolean;
  priority?: WorkOrderPriority[];
  department?: string[];
  service?: string[];
  district?: number[];
  overdue?: boolean;
  assignee?: string[];
  crew?: string[];
  createdFrom?: string;
  createdTo?: string;
  /** Words in the summary, or in the request's description or address (as the list's). */
  text?: string;
}

/** A request tile's query parameters, checked and normalized; part of its ETag. */
export interface RequestTileFilter {
  status?: ServiceRequestStatus[];
  service?: string[];
  department?: string[];
  district?: number[];
  requestedFrom?: string;
  requestedTo?: string;
}

const WORK_ORDER_PARAMS = [
  'status',
  'open',
  'priority',
  'department',
  'service',
  'district',
  'overdue',
  'assignee',
  'crew',
  'createdFrom',
  'createdTo',
  'text',
] as const satisfies readonly (keyof WorkOrderTileFilter)[];

const REQUEST_PARAMS = [
  'status',
  'service',
  'department',
  'district',
  'requestedFrom',
  'requestedTo',
] as const satisfies readonly (keyof RequestTileFilter)[];

/** A half-open range [from, to): `to` before `from` is a mistake, not an empty map. */
function instantRange(query: QueryParams, from: string, to: string) {
  const start = instantParam(query, from);
  const end = instantParam(query, to);
  if (start && end && start > end) throw badArgument(to, `${to} must not be earlier than ${from}`);
  return [start?.toISOString(), end?.toISOString()] as const;
}

/**
 * `?text=…`: one value, taken whole (commas are part of an address), checked as the
 * list's `filter.text` is; absent or empty is no filter.
 */
function textParam(query: QueryParams, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  if (Array.isArray(raw)) throw badArgument(name, `${name} must be given once`);
  const checked = checkedFilterText(raw);
  if ('problem' in checked) throw badArgument(name, `${name} ${checked.problem}`);
  return checked.text;
}

const sorted = <T extends string>(values: T[] | undefined) => values?.sort();

/** The work-order tile's filters from its query string; a 400 naming a bad parameter. */
export function workOrderTileFilter(query: QueryParams): WorkOrderTileFilter {
  refuseUnknownParams(query, WORK_ORDER_PARAMS);
  const [createdFrom, createdTo] = instantRange(query, 'createdFrom', 'createdTo');
  return {
    status: sorted(enumListParam(query, 'status', workOrderStatuses)),
    open: booleanParam(query, 'open'),
    priority: sorted(enumListParam(query, 'priority', workOrderPriorities)),
    department: sorted(idListParam(query, 'department')),
    service: sorted(codeListParam(query, 'service')),
    district: districtListParam(query),
    overdue: booleanParam(query, 'overdue'),
    assignee: sorted(idListParam(query, 'assignee')),
    crew: sorted(idListParam(query, 'crew')),
    createdFrom,
    createdTo,
    text: textParam(query, 'text'),
  };
}

/** The request tile's filters from its query string; a 400 naming a bad parameter. */
export function requestTileFilter(query: QueryParams): RequestTileFilter {
  refuseUnknownParams(query, REQUEST_PARAMS);
  const [requestedFrom, requestedTo] = instantRange(query, 'requestedFrom', 'requestedTo');
  return {
    status: sorted(enumListParam(query, 'status', serviceRequestStatuses)),
    service: sorted(codeListParam(query, 'service')),
    department: sorted(idListParam(query, 'department')),
    district: districtListParam(query),
    requestedFrom,
    requestedTo,
  };
}
