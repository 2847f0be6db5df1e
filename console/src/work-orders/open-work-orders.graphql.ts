import { graphql } from '../generated';
import type { OpenWorkOrdersQuery } from '../generated/graphql';

export const OpenWorkOrdersDocument = graphql(`
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
`);

/** One row of the list, as the query selects it. */
export type OpenWorkOrder = OpenWorkOrdersQuery['workOrders']['edges'][number]['node'];
