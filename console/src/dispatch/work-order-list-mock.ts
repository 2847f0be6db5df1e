import type { MockLink } from '@apollo/client/testing';
import { workOrdersPageSize } from '../config';
import type {
  DispatchFilterOptionsQuery,
  Locale,
  WorkOrderFilter,
  WorkOrderListQuery,
  WorkOrderListQueryVariables,
} from '../generated/graphql';
import { DispatchFilterOptionsDocument } from './filter-options.graphql';
import { WorkOrderListDocument, type WorkOrderListItem } from './work-order-list.graphql';

// For component tests only: the dispatcher workspace's answers from the graph.

/** When work order 1 is due: 10:15 in Phoenix. */
export const oneWorkOrderDueAt = '2026-11-02T17:15:00Z';

export function workOrderItem(n: number, overrides: Partial<WorkOrderListItem> = {}) {
  const item: WorkOrderListItem = {
    __typename: 'WorkOrder',
    id: `wo-${n}`,
    number: `WO-${String(n).padStart(6, '0')}`,
    summary: `Summary of work order ${n}`,
    status: 'ASSIGNED',
    priority: 'NORMAL',
    overdue: false,
    createdAt: '2026-10-30T17:15:00Z',
    dueAt: oneWorkOrderDueAt,
    version: 1,
    service: { __typename: 'Service', id: 'svc-pothole', name: 'Pothole repair' },
    crew: null,
    assignee: { __typename: 'Staff', id: `staff-${n}`, name: `Staff Member ${n}` },
    ...overrides,
  };
  return item;
}

export function listPage(
  nodes: WorkOrderListItem[],
  {
    totalCount = nodes.length,
    endCursor = null,
    hasNextPage = false,
    estimate = false,
  }: {
    totalCount?: number;
    endCursor?: string | null;
    hasNextPage?: boolean;
    estimate?: boolean;
  } = {},
): WorkOrderListQuery {
  return {
    workOrders: {
      __typename: 'WorkOrderConnection',
      totalCount,
      totalCountIsEstimate: estimate,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      edges: nodes.map((node) => ({ __typename: 'WorkOrderEdge', node })),
    },
  };
}

export function listVariables(
  filter: WorkOrderFilter = { open: true },
  {
    locale = 'EN',
    first = workOrdersPageSize,
    after,
  }: { locale?: Locale; first?: number; after?: string } = {},
): WorkOrderListQueryVariables {
  return after ? { filter, first, after, locale } : { filter, first, locale };
}

export function listMock(
  variables: WorkOrderListQueryVariables,
  data: WorkOrderListQuery,
): MockLink.MockedResponse<WorkOrderListQuery, WorkOrderListQueryVariables> {
  return { request: { query: WorkOrderListDocument, variables }, result: { data } };
}

/** The first page of the list with no filters and no viewport, holding work order 1. */
export function oneWorkOrder(): MockLink.MockedResponse<WorkOrderListQuery> {
  return listMock(
    listVariables(),
    listPage([workOrderItem(1, { summary: 'Streetlight out', status: 'NEW', assignee: null })]),
  );
}

export const filterOptions: DispatchFilterOptionsQuery = {
  services: [
    {
      __typename: 'Service',
      id: 'svc-pothole',
      code: 'POTHOLE',
      name: 'Pothole repair',
      active: true,
    },
    {
      __typename: 'Service',
      id: 'svc-light',
      code: 'STREETLIGHT',
      name: 'Streetlight out',
      active: true,
    },
    { __typename: 'Service', id: 'svc-old', code: 'OLD', name: 'Old service', active: false },
  ],
  departments: [
    { __typename: 'Department', id: 'dep-streets', name: 'Street Transportation' },
    { __typename: 'Department', id: 'dep-water', name: 'Water Services' },
  ],
  city: {
    __typename: 'City',
    id: 'phoenix',
    districts: [
      { __typename: 'CouncilDistrict', number: 1, name: 'North' },
      { __typename: 'CouncilDistrict', number: 2, name: 'South' },
    ],
  },
};

/** `cityId`: the city query's, which the answer must match (both are City:<id> in the cache). */
export function filterOptionsMock(
  locale: Locale = 'EN',
  cityId = 'phoenix',
): MockLink.MockedResponse<DispatchFilterOptionsQuery> {
  return {
    request: { query: DispatchFilterOptionsDocument, variables: { locale } },
    result: { data: { ...filterOptions, city: { ...filterOptions.city, id: cityId } } },
  };
}
