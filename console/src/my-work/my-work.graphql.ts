import { graphql } from '../generated';
import type { MyWorkOrderQuery, MyWorkOrdersQuery, MyWorkStaffQuery } from '../generated/graphql';

/**
 * How many of each list to fetch, soonest due first. A field worker's open work is a
 * few dozen at most; past this the page says how many it is not showing.
 */
export const MY_WORK_PAGE_SIZE = 200;

/** Who is signed in and which crew they belong to: the two filters of "My work". */
export const MyWorkStaffDocument = graphql(`
  query MyWorkStaff {
    me {
      id
      name
      crew {
        id
        name
      }
    }
  }
`);

// One request for both lists: the graph has no "mine or my crew's" filter, so the page
// asks for each and merges them (a work order can be in both: assigned to me, in my crew).
export const MyWorkOrdersDocument = graphql(`
  query MyWorkOrders(
    $assigneeId: ID!
    $crewId: ID
    $withCrew: Boolean!
    $first: Int!
    $locale: Locale!
  ) {
    mine: workOrders(
      filter: { assigneeId: $assigneeId, open: true }
      orderBy: { field: DUE_AT, direction: ASC }
      first: $first
    ) {
      totalCount
      edges {
        node {
          ...MyWorkOrderCard
        }
      }
    }
    crew: workOrders(
      filter: { crewId: $crewId, open: true }
      orderBy: { field: DUE_AT, direction: ASC }
      first: $first
    ) @include(if: $withCrew) {
      totalCount
      edges {
        node {
          ...MyWorkOrderCard
        }
      }
    }
  }

  fragment MyWorkOrderCard on WorkOrder {
    id
    number
    summary
    status
    priority
    dueAt
    overdue
    updatedAt
    location {
      lon
      lat
    }
    service {
      id
      name(locale: $locale)
    }
    serviceRequest {
      id
      address
    }
    assignee {
      id
      name
    }
    crew {
      id
      name
    }
  }
`);

/** One work order in full, for its own view. */
export const MyWorkOrderDocument = graphql(`
  query MyWorkOrder($id: ID!, $locale: Locale!) {
    workOrder(id: $id) {
      ...MyWorkOrderCard
      version
      holdReason
      resolution
      serviceRequest {
        id
        description
      }
      notes {
        id
        body
        visibility
        createdAt
        author {
          kind
          staff {
            id
            name
          }
        }
      }
    }
  }
`);

export type MyWorkStaff = NonNullable<MyWorkStaffQuery['me']>;
/** A card's work order, as both lists select it. */
export type MyWorkOrder = MyWorkOrdersQuery['mine']['edges'][number]['node'];
export type MyWorkOrderDetail = NonNullable<MyWorkOrderQuery['workOrder']>;
