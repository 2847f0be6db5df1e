import { graphql } from '../generated';

/** Where a work order is: the map eases to one selected in the list or by a link. */
export const WorkOrderLocationDocument = graphql(`
  query WorkOrderLocation($id: ID!) {
    workOrder(id: $id) {
      id
      location {
        lon
        lat
      }
    }
  }
`);

/** The open work orders in a drawn area's box, as the filters narrow them. */
export const AreaWorkOrdersDocument = graphql(`
  query AreaWorkOrders($filter: WorkOrderFilter!, $first: Int!) {
    workOrders(filter: $filter, first: $first) {
      edges {
        node {
          id
          location {
            lon
            lat
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/** A service's id from its code (the filters keep the code, the graph's filter wants the id). */
export const AreaServiceDocument = graphql(`
  query AreaService($code: String!) {
    service(code: $code) {
      id
    }
  }
`);
