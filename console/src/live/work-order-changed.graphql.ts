import { graphql } from '../generated';

export type {
  WorkOrderChangedSubscription,
  WorkOrderLastChangeQuery,
  WorkOrderLastChangeQueryVariables,
} from '../generated/graphql';

/**
 * Every change to the work the signed-in person may read, open or not: a dispatcher
 * must see work leave the open list when it is closed. The work order's fields are
 * what the list, the map and the detail show, so that Apollo's normalised cache
 * updates them in place (by `WorkOrder:<id>`). Objects without an id (the location)
 * are selected whole, so that writing them never drops a field a query needs.
 * Without `after`, the connection's `lastEventId` says where to resume.
 */
export const WorkOrderChangedDocument = graphql(`
  subscription WorkOrderChanged($after: ID) {
    workOrderChanged(after: $after) {
      eventId
      action
      changed
      occurredAt
      workOrder {
        id
        number
        status
        priority
        summary
        version
        createdAt
        updatedAt
        dueAt
        completedAt
        closedAt
        overdue
        district
        holdReason
        resolution
        resolutionCode
        assetId
        location {
          lon
          lat
        }
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
        }
      }
    }
  }
`);

/**
 * Who made a change to the selected work order, for its toast: read once per such
 * change, outside the cache (the detail's history selects more of each entry).
 */
export const WorkOrderLastChangeDocument = graphql(`
  query WorkOrderLastChange($id: ID!) {
    workOrder(id: $id) {
      id
      history {
        action
        version
        actor {
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
