import {
  badArgument,
  booleanParam,
  codeListParam,
  enumListParam,
  idListParam,
  instantParam,
  type QueryParams,
} from '@civicgraph/platform';
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
] as const satisfies readonly (keyof WorkOrderTileFilter)[];

const REQUEST_PARAMS = [
  'status',
  'service',
  'department',
  'district',
  'requestedFrom',
  'requestedTo',
] as const satisfies readonly (keyof RequestTileFilter)[];

/** A misspelt filter would silently show everything: name it instead. */
function refuseUnknown(query: QueryParams, known: readonly string[]) {
  for (const name of Object.keys(query)) {
    if (!known.includes(name)) {
      throw badArgument(
        name.slice(0, 40),
        `Unknown tile parameter; these layers take ${known.join(', ')}`,
        {
          allowed: known,
        },
      );
    }
  }
}

const DISTRICT = /^[1-9][0-9]{0,3}$/;

/** Council districts, numbered from 1: `?district=1,3`. */
function districtListParam(query: QueryParams, name: string): number[] | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  const given = (Array.isArray(raw) ? raw : [raw])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  if (given.length === 0) return undefined;
  if (given.length > 100) throw badArgument(name, `${name} takes at most 100 districts`);
  for (const value of given) {
    if (!DISTRICT.test(value)) {
      throw badArgument(name, `${name} must be district numbers (from 1), as in ?${name}=1,3`);
    }
  }
  return [...new Set(given.map(Number))].sort((a, b) => a - b);
}

/** A half-open range [from, to): `to` before `from` is a mistake, not an empty map. */
function instantRange(query: QueryParams, from: string, to: string) {
  const start = instantParam(query, from);
  const end = instantParam(query, to);
  if (start && end && start > end) throw badArgument(to, `${to} must not be earlier than ${from}`);
  return [start?.toISOString(), end?.toISOString()] as const;
}

const sorted = <T extends string>(values: T[] | undefined) => values?.sort();

/** The work-order tile's filters from its query string; a 400 naming a bad parameter. */
export function workOrderTileFilter(query: QueryParams): WorkOrderTileFilter {
  refuseUnknown(query, WORK_ORDER_PARAMS);
  const [createdFrom, createdTo] = instantRange(query, 'createdFrom', 'createdTo');
  return {
    status: sorted(enumListParam(query, 'status', workOrderStatuses)),
    open: booleanParam(query, 'open'),
    priority: sorted(enumListParam(query, 'priority', workOrderPriorities)),
    department: sorted(idListParam(query, 'department')),
    service: sorted(codeListParam(query, 'service')),
    district: districtListParam(query, 'district'),
    overdue: booleanParam(query, 'overdue'),
    assignee: sorted(idListParam(query, 'assignee')),
    crew: sorted(idListParam(query, 'crew')),
    createdFrom,
    createdTo,
  };
}

/** The request tile's filters from its query string; a 400 naming a bad parameter. */
export function requestTileFilter(query: QueryParams): RequestTileFilter {
  refuseUnknown(query, REQUEST_PARAMS);
  const [requestedFrom, requestedTo] = instantRange(query, 'requestedFrom', 'requestedTo');
  return {
    status: sorted(enumListParam(query, 'status', serviceRequestStatuses)),
    service: sorted(codeListParam(query, 'service')),
    department: sorted(idListParam(query, 'department')),
    district: districtListParam(query, 'district'),
    requestedFrom,
    requestedTo,
  };
}
