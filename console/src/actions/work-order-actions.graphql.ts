import { graphql } from '../generated';
import type { ActionableWorkOrderFragment, WorkOrderHistoryQuery } from '../generated/graphql';

export type { WorkOrderActionsQuery, WorkOrderActionsQueryVariables } from '../generated/graphql';

/** What the actions read of a work order: every mutation answers with the same fields. */
export type ActionableWorkOrder = ActionableWorkOrderFragment;
export type FreshWorkOrder = NonNullable<WorkOrderHistoryQuery['workOrder']>;
export type HistoryEntry = FreshWorkOrder['history'][number];

graphql(`
  fragment ActionableWorkOrder on WorkOrder {
    id
    number
    status
    priority
    version
    dueAt
    holdReason
    resolutionCode
    assignee {
      id
      name
    }
    crew {
      id
      name
    }
    department {
      id
    }
    service {
      id
      resolutionCodes {
        code
        name(locale: $locale)
      }
    }
    serviceRequest {
      id
      number
      version
    }
  }
`);

export const WorkOrderActionsDocument = graphql(`
  query WorkOrderActions($id: ID!, $locale: Locale!) {
    workOrder(id: $id) {
      ...ActionableWorkOrder
    }
  }
`);

// The fresh version after a conflict (network-only: the cache is what was stale), with
// the history that says who changed what since.
export const WorkOrderHistoryDocument = graphql(`
  query WorkOrderHistory($id: ID!, $locale: Locale!) {
    workOrder(id: $id) {
      ...ActionableWorkOrder
      history {
        at
        action
        version
        actor {
          kind
          id
          staff {
            id
            name
          }
        }
        changes {
          field
          from
          to
        }
      }
    }
  }
`);

export const AssignmentCandidatesDocument = graphql(`
  query AssignmentCandidates($id: ID!) {
    workOrder(id: $id) {
      id
      assignmentCandidates(first: 20) {
        availability
        openWorkOrders
        distanceMeters
        crew {
          id
          name
        }
        staff {
          id
          name
        }
      }
    }
  }
`);

export const RequestByNumberDocument = graphql(`
  query RequestByNumber($number: String!) {
    serviceRequest(number: $number) {
      id
      number
      service {
        id
      }
    }
  }
`);
