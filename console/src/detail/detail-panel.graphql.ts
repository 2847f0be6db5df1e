import { graphql } from '../generated';
import type { LikelyDuplicatesQuery, WorkOrderDetailQuery } from '../generated/graphql';

// Every object here carries its id, so the live subscription's WorkOrder payloads
// (normalised as WorkOrder:<id>) update the header without a refetch; history and notes
// grow only on the graph, so the panel refetches them when a live event names this work.
// `reporter` and `internalNotes` answer null plus a FORBIDDEN error for roles that may
// not read them: the panel asks with errorPolicy 'all' and shows the rest.
export const WorkOrderDetailDocument = graphql(`
  query WorkOrderDetail($id: ID!, $locale: Locale!) {
    workOrder(id: $id) {
      id
      number
      summary
      status
      priority
      overdue
      dueAt
      createdAt
      updatedAt
      version
      district
      holdReason
      resolution
      resolutionCode
      location {
        lon
        lat
      }
      service {
        id
        code
        name(locale: $locale)
        attributes {
          code
          datatype
          variable
          order
          description(locale: $locale)
          values {
            key
            name(locale: $locale)
          }
        }
      }
      department {
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
      assetId
      asset {
        id
        tag
        status
        assetType {
          id
          code
          name(locale: $locale)
        }
        condition {
          score
          inspectedOn
        }
        workOrders(first: 6) {
          id
          number
          summary
          status
          createdAt
        }
      }
      history {
        at
        action
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
        note
        version
      }
      serviceRequest {
        id
        number
        status
        description
        address
        district
        channel
        requestedAt
        attributes {
          code
          value
          values
        }
        mediaUrls
        photos {
          id
          url
          thumbnailUrl
          width
          height
          kind
        }
        reporter {
          name
          email
          phone
        }
        publicNotes {
          ...DetailNote
        }
        internalNotes {
          ...DetailNote
        }
      }
    }
  }

  fragment DetailNote on Note {
    id
    body
    visibility
    createdAt
    author {
      kind
      id
      staff {
        id
        name
      }
    }
  }
`);

export const LikelyDuplicatesDocument = graphql(`
  query LikelyDuplicates($serviceCode: String!, $lon: Float!, $lat: Float!) {
    likelyDuplicates(serviceCode: $serviceCode, lon: $lon, lat: $lat) {
      number
      requestedAt
      distanceMeters
      serviceRequest {
        id
        number
        status
        workOrders {
          id
          number
          status
        }
      }
    }
  }
`);

export type DetailWorkOrder = NonNullable<WorkOrderDetailQuery['workOrder']>;
export type DetailServiceRequest = DetailWorkOrder['serviceRequest'];
export type DetailAsset = NonNullable<DetailWorkOrder['asset']>;
export type DetailHistoryEntry = DetailWorkOrder['history'][number];
export type DetailNote = DetailServiceRequest['publicNotes'][number];
export type DetailPhoto = DetailServiceRequest['photos'][number];
export type LikelyDuplicate = LikelyDuplicatesQuery['likelyDuplicates'][number];
