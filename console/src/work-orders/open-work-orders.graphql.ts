import { gql, type TypedDocumentNode } from '@apollo/client';

// Result types are written by hand for now; GraphQL Code Generator (client preset)
// replaces them once the console has more than one document.

export type Locale = 'EN' | 'ES';

export type WorkOrderStatus =
  | 'NEW'
  | 'ASSIGNED'
  | 'IN_PROGRESS'
  | 'ON_HOLD'
  | 'COMPLETED'
  | 'CLOSED'
  | 'CANCELLED';

export type WorkOrderPriority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';

export interface OpenWorkOrder {
  __typename?: 'WorkOrder';
  id: string;
  number: string;
  summary: string;
  status: WorkOrderStatus;
  priority: WorkOrderPriority;
  /** ISO 8601 with zone. */
  createdAt: string;
  dueAt: string | null;
  overdue: boolean;
  service: { __typename?: 'Service'; id: string; name: string };
  department: { __typename?: 'Department'; id: string; name: string } | null;
  assignee: { __typename?: 'Staff'; id: string; name: string } | null;
  asset: {
    __typename?: 'Asset';
    id: string;
    tag: string;
    assetType: { __typename?: 'AssetType'; id: string; code: string; name: string };
  } | null;
}

export interface OpenWorkOrdersQuery {
  workOrders: {
    __typename?: 'WorkOrderConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ __typename?: 'WorkOrderEdge'; node: OpenWorkOrder }>;
  };
}

export interface OpenWorkOrdersVariables {
  first: number;
  after?: string | null;
  locale: Locale;
}

export const OpenWorkOrdersDocument: TypedDocumentNode<
  OpenWorkOrdersQuery,
  OpenWorkOrdersVariables
> = gql`
  query OpenWorkOrders($first: Int!, $after: String, $locale: Locale!) {
    workOrders(first: $first, after: $after, filter: { open: true }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          summary
          status
          priority
          createdAt
          dueAt
          overdue
          service {
            id
            name(locale: $locale)
          }
          department {
            id
            name(locale: $locale)
          }
          assignee {
            id
            name
          }
          asset {
            id
            tag
            assetType {
              id
              code
              name(locale: $locale)
            }
          }
        }
      }
    }
  }
`;
