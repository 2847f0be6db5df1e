import {
  checkedFilterIds,
  checkedId,
  exactlyOneKey,
  filteredConnection,
} from '@civicgraph/platform';
import { builder, LocaleEnum } from '../builder';
import {
  countServiceRequests,
  defaultServiceRequestOrdering,
  pageOfServiceRequests,
  type ServiceRequestFilter,
  serviceRequestByNumber,
  serviceRequestSortColumns,
} from '../db/service-request.repository';
import { requestChannels, serviceRequestStatuses } from '../db/service-request.table';
import { workOrdersByServiceRequestIds } from '../db/work-order.repository';
import type { WorkOrder } from '../db/work-order.table';
import {
  BBoxInput,
  checkDistrict,
  checkedPlaceTimeText,
  checkRange,
  NearInput,
} from './list-filter-input';
import { orderingCodec, SortDirectionEnum } from './pagination';
import { GeoPointRef, ServiceRef, ServiceRequestRef, WorkOrderRef } from './refs';

export const ServiceRequestStatusEnum = builder.enumType('ServiceRequestStatus', {
  values: serviceRequestStatuses,
  description: 'OPEN until the city has dealt with the request.',
});

export const RequestChannelEnum = builder.enumType('RequestChannel', {
  values: requestChannels,
  description: 'How the request reached the city.',
});

/** requests.read holders, or the resident who reported the request while signed in. */
export function readableRequest(request: { reporterResidentId: string | null }) {
  return request.reporterResidentId
    ? { $any: { permission: 'requests.read' as const, resident: request.reporterResidentId } }
    : { permission: 'requests.read' as const };
}

ServiceRequestRef.implement({
  description: 'A 311 request: something a resident reported for the city to deal with.',
  // Its public fields: who reported it is not among them. The resident who reported it
  // reads it too (Resident.serviceRequests), with its public notes; not its work.
  authScopes: (request) => readableRequest(request),
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number', { description: 'Human-facing number, e.g. PHX-26-000123.' }),
    service: t.field({ type: ServiceRef, resolve: (request) => request.serviceId }),
    status: t.expose('status', { type: ServiceRequestStatusEnum }),
    channel: t.expose('channel', { type: RequestChannelEnum }),
    description: t.exposeString('description', { description: "The resident's own words." }),
    locale: t.expose('locale', {
      type: LocaleEnum,
      description: 'The language the resident wrote in.',
    }),
    location: t.field({
      type: GeoPointRef,
      resolve: (request) => ({ lon: request.lon, lat: request.lat }),
    }),
    address: t.exposeString('address'),
    district: t.exposeInt('district', {
      nullable: true,
      description: 'Council district; null outside every district.',
    }),
    requestedAt: t.expose('requestedAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    workOrders: t.loadableGroup({
      type: WorkOrderRef,
      // Nullable: a partner listing requests gets each one, with this field null and
      // FORBIDDEN, rather than losing the page. Refused before its loader runs.
      nullable: true,
      authScopes: { permission: 'work-orders.read' },
      description:
        'The work the request started, oldest first; null for callers who may not read ' +
        'work orders.',
      load: (requestIds: string[], { db }) => workOrdersByServiceRequestIds(db, requestIds),
      // Pothos types a loaded value as anything the field may resolve to; here a row.
      group: (workOrder) => (workOrder as WorkOrder).serviceRequestId,
      resolve: (request) => request.id,
    }),
  }),
});

const ServiceRequestFilterInput = builder.inputType('ServiceRequestFilter', {
  fields: (t) => ({
    status: t.field({ type: ServiceRequestStatusEnum }),
    serviceId: t.id(),
    district: t.int(),
    channel: t.field({ type: RequestChannelEnum }),
    requestedAfter: t.field({ type: 'DateTime', description: 'Inclusive.' }),
    requestedBefore: t.field({ type: 'DateTime', description: 'Exclusive.' }),
    updatedAfter: t.field({ type: 'DateTime', description: 'Inclusive.' }),
    updatedBefore: t.field({ type: 'DateTime', description: 'Exclusive.' }),
    bbox: t.field({ type: BBoxInput, description: 'Only requests whose point lies in this box.' }),
    near: t.field({
      type: NearInput,
      description: 'Only requests within the radius of the point.',
    }),
    text: t.string({
      description: 'Words in the description or address (at least 3 characters, case-insensitive).',
    }),
  }),
});

function toServiceRequestFilter(
  given: typeof ServiceRequestFilterInput.$inferInput | null | undefined,
): ServiceRequestFilter {
  const ids = checkedFilterIds(given, ['serviceId']);
  checkRange('requested', given?.requestedAfter, given?.requestedBefore);
  return { ...ids, ...checkedPlaceTimeText(given), district: checkDistrict(given?.district) };
}

const ServiceRequestSortFieldEnum = builder.enumType('ServiceRequestSortField', {
  values: ['REQUESTED_AT', 'UPDATED_AT'] as const,
});

const ServiceRequestOrderInput = builder.inputType('ServiceRequestOrder', {
  fields: (t) => ({
    field: t.field({ type: ServiceRequestSortFieldEnum, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC' }),
  }),
});

builder.queryFields((t) => ({
  serviceRequest: t.field({
    type: ServiceRequestRef,
    nullable: true,
    description: 'A request by id or by number.',
    authScopes: { permission: 'requests.read' },
    args: { id: t.arg.id(), number: t.arg.string() },
    resolve: async (_root, { id, number }, ctx) => {
      exactlyOneKey({ id, number });
      if (id) return checkedId(id, 'id');
      return (await serviceRequestByNumber(ctx.db, number!)) ?? null;
    },
  }),
  serviceRequests: filteredConnection(t, {
    type: ServiceRequestRef,
    name: 'ServiceRequest',
    authScopes: { permission: 'requests.read' },
    description: 'Service requests, newest first unless orderBy says otherwise.',
    filter: ServiceRequestFilterInput,
    toFilter: toServiceRequestFilter,
    orderBy: {
      type: ServiceRequestOrderInput,
      toOrdering: (given) =>
        given
          ? { field: given.field, direction: given.direction ?? 'ASC' }
          : defaultServiceRequestOrdering,
      codec: (ordering) =>
        orderingCodec(
          ordering.field,
          serviceRequestSortColumns[ordering.field],
          ordering.direction,
        ),
    },
    page: ({ db }, filter, page, ordering) => pageOfServiceRequests(db, filter, ordering, page),
    count: ({ db }, filter) => countServiceRequests(db, filter),
    countMayEstimate: true,
    totalCountDescription:
      'Requests matching the filter, on all pages; above 10,000 an estimate (see ' +
      'totalCountIsEstimate).',
  }),
}));
