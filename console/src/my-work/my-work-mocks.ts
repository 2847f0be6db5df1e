import type { MockLink } from '@apollo/client/testing';
import type {
  MyWorkOrderQuery,
  MyWorkOrderQueryVariables,
  MyWorkOrdersQuery,
  MyWorkOrdersQueryVariables,
  MyWorkStaffQuery,
} from '../generated/graphql';
import {
  MY_WORK_PAGE_SIZE,
  type MyWorkOrder,
  type MyWorkOrderDetail,
  MyWorkOrderDocument,
  MyWorkOrdersDocument,
  type MyWorkStaff,
  MyWorkStaffDocument,
} from './my-work.graphql';

// For component tests only: the answers My work asks the graph for.

export const crew = { __typename: 'Crew' as const, id: 'crew-n', name: 'Streets North' };
export const rosa: MyWorkStaff = { __typename: 'Staff', id: 'staff-rosa', name: 'Rosa Díaz', crew };
export const luis = { __typename: 'Staff' as const, id: 'staff-luis', name: 'Luis Ortega' };

/** Phoenix City Hall: the cards' default place. */
export const cityHall = { lon: -112.0773, lat: 33.4484 };

export function workOrder(n: number, overrides: Partial<MyWorkOrder> = {}): MyWorkOrder {
  return {
    __typename: 'WorkOrder',
    id: `wo-${n}`,
    number: `WO-${String(n).padStart(6, '0')}`,
    summary: `Summary of work order ${n}`,
    status: 'ASSIGNED',
    priority: 'NORMAL',
    dueAt: '2026-11-06T17:15:00Z',
    overdue: false,
    updatedAt: '2026-11-01T10:00:00Z',
    location: { __typename: 'GeoPoint', ...cityHall },
    service: { __typename: 'Service', id: 'svc-pothole', name: 'Pothole repair' },
    serviceRequest: {
      __typename: 'ServiceRequest',
      id: `sr-${n}`,
      address: `${100 + n} W Washington St`,
    },
    assignee: null,
    crew,
    ...overrides,
  };
}

export function staffMock(
  me: MyWorkStaff | null = rosa,
): MockLink.MockedResponse<MyWorkStaffQuery> {
  return { request: { query: MyWorkStaffDocument }, result: { data: { me } } };
}

export function workOrdersVariables(
  me: MyWorkStaff = rosa,
  locale: 'EN' | 'ES' = 'EN',
): MyWorkOrdersQueryVariables {
  return {
    assigneeId: me.id,
    crewId: me.crew?.id ?? null,
    withCrew: me.crew !== null,
    first: MY_WORK_PAGE_SIZE,
    locale,
  };
}

function connection(nodes: MyWorkOrder[]) {
  return {
    __typename: 'WorkOrderConnection' as const,
    totalCount: nodes.length,
    edges: nodes.map((node) => ({ __typename: 'WorkOrderEdge' as const, node })),
  };
}

export function workOrdersMock(
  mine: MyWorkOrder[],
  crewWork: MyWorkOrder[] | null,
  { me = rosa, locale = 'EN' as 'EN' | 'ES' } = {},
): MockLink.MockedResponse<MyWorkOrdersQuery, MyWorkOrdersQueryVariables> {
  const data: MyWorkOrdersQuery = { mine: connection(mine) };
  if (crewWork) data.crew = connection(crewWork);
  return {
    request: { query: MyWorkOrdersDocument, variables: workOrdersVariables(me, locale) },
    result: { data },
  };
}

export function detail(
  base: MyWorkOrder,
  overrides: Partial<MyWorkOrderDetail> = {},
): MyWorkOrderDetail {
  return {
    ...base,
    version: 3,
    holdReason: null,
    resolution: null,
    serviceRequest: {
      ...base.serviceRequest,
      description: 'A deep pothole in the right lane, near the bus stop.',
    },
    notes: [],
    ...overrides,
  };
}

export function workOrderMock(
  workOrder: MyWorkOrderDetail | null,
  id = workOrder?.id ?? 'missing',
  locale: 'EN' | 'ES' = 'EN',
): MockLink.MockedResponse<MyWorkOrderQuery, MyWorkOrderQueryVariables> {
  return {
    request: { query: MyWorkOrderDocument, variables: { id, locale } },
    result: { data: { workOrder } },
  };
}
