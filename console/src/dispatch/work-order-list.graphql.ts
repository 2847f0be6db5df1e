import { graphql } from '../generated';
import type { WorkOrderListQuery } from '../generated/graphql';

/** One page of the list: open work matching the filters and the map's viewport, newest first. */
export const WorkOrderListDocument = graphql(`
  query WorkOrderList($filter: WorkOrderFilter!, $first: Int!, $after: String, $locale: Locale!) {
    workOrders(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountIsEstimate
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
          overdue
          createdAt
          dueAt
          version
          service {
            id
            name(locale: $locale)
          }
          crew {
            id
            name
          }
          assignee {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * The ids of everything matching (up to 500, the graph's page limit and the bulk
 * assignment's): "Select all in view" takes them all, not just the loaded rows.
 */
export const WorkOrderIdsInViewDocument = graphql(`
  query WorkOrderIdsInView($filter: WorkOrderFilter!, $first: Int!) {
    workOrders(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

/** One row of the list, as the query selects it. */
export type WorkOrderListItem = WorkOrderListQuery['workOrders']['edges'][number]['node'];
