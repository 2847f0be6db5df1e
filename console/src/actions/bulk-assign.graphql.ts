import { graphql } from '../generated';

export type { BulkItemFragment, DepartmentCrewsQuery } from '../generated/graphql';

graphql(`
  fragment BulkItem on WorkOrder {
    id
    number
    version
    status
    department {
      id
      name(locale: $locale)
    }
  }
`);

/** One selected work order's version and department (cache first: what the person saw). */
export const BulkItemDocument = graphql(`
  query BulkItem($id: ID!, $locale: Locale!) {
    workOrder(id: $id) {
      ...BulkItem
    }
  }
`);

export const DepartmentCrewsDocument = graphql(`
  query DepartmentCrews($id: ID!) {
    department(id: $id) {
      id
      crews {
        id
        name
        members {
          id
          name
          active
        }
      }
    }
  }
`);

export const BulkAssignWorkOrdersDocument = graphql(`
  mutation BulkAssignWorkOrders($input: BulkAssignWorkOrdersInput!, $locale: Locale!) {
    bulkAssignWorkOrders(input: $input) {
      applied
      results {
        id
        workOrder {
          ...BulkItem
          crew {
            id
            name
          }
          assignee {
            id
            name
          }
        }
        error {
          code
          message
          currentVersion
        }
      }
    }
  }
`);
