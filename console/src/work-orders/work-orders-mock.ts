import type { MockLink } from '@apollo/client/testing';
import { workOrdersPageSize } from '../config';
import type { OpenWorkOrdersQuery } from '../generated/graphql';
import { type OpenWorkOrder, OpenWorkOrdersDocument } from './open-work-orders.graphql';

// For component tests only: the open work orders a page shows once signed in.

/** When the one work order below was created: 10:15 in Phoenix. */
export const oneWorkOrderCreatedAt = '2026-10-30T17:15:00Z';

/** The first page of open work orders, in English, holding one work order. */
export function oneWorkOrder(): MockLink.MockedResponse<OpenWorkOrdersQuery> {
  const node: OpenWorkOrder = {
    __typename: 'WorkOrder',
    id: 'wo-1',
    number: 'WO-000001',
    summary: 'Streetlight out',
    status: 'NEW',
    priority: 'NORMAL',
    createdAt: oneWorkOrderCreatedAt,
    dueAt: '2026-11-02T17:15:00Z',
    overdue: false,
    service: { __typename: 'Service', id: 'svc-light', name: 'Streetlight repair' },
    department: { __typename: 'Department', id: 'dep-streets', name: 'Street Transportation' },
    assignee: null,
    asset: null,
  };
  return {
    request: {
      query: OpenWorkOrdersDocument,
      variables: { first: workOrdersPageSize, locale: 'EN' },
    },
    result: {
      data: {
        workOrders: {
          __typename: 'WorkOrderConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [{ __typename: 'WorkOrderEdge', node }],
        },
      },
    },
  };
}
