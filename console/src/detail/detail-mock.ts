import type { MockLink } from '@apollo/client/testing';
import type { GraphQLError } from 'graphql';
import {
  type DetailWorkOrder,
  LikelyDuplicatesDocument,
  WorkOrderDetailDocument,
} from './detail-panel.graphql';

// For component tests only: a work order as the detail query answers it, in Phoenix,
// with every section filled, and the likely duplicates near it.

export function staff(id: string, name: string) {
  return { __typename: 'Staff' as const, id, name };
}

function note(id: string, body: string, visibility: 'PUBLIC' | 'INTERNAL') {
  return {
    __typename: 'Note' as const,
    id,
    body,
    visibility,
    createdAt: '2026-10-31T16:00:00Z',
    author: {
      __typename: 'ChangeActor' as const,
      kind: 'STAFF' as const,
      id: 'staff-2',
      staff: staff('staff-2', 'Luis Ortega'),
    },
  };
}

export function workOrder(overrides: Partial<DetailWorkOrder> = {}): DetailWorkOrder {
  return {
    __typename: 'WorkOrder',
    id: 'wo-1',
    number: 'WO-000123',
    summary: 'Streetlight out at the corner',
    status: 'ASSIGNED',
    priority: 'HIGH',
    overdue: true,
    dueAt: '2026-11-02T17:15:00Z',
    createdAt: '2026-10-30T17:15:00Z',
    updatedAt: '2026-10-31T17:15:00Z',
    version: 4,
    district: 7,
    holdReason: null,
    resolution: null,
    resolutionCode: null,
    location: { __typename: 'GeoPoint', lon: -112.07, lat: 33.45 },
    service: {
      __typename: 'Service',
      id: 'svc-light',
      code: 'STREETLIGHT',
      name: 'Streetlight repair',
      attributes: [
        {
          __typename: 'ServiceAttribute',
          code: 'POLE_DAMAGED',
          datatype: 'SINGLEVALUELIST',
          variable: true,
          order: 1,
          description: 'Is the pole damaged?',
          values: [
            { __typename: 'ServiceAttributeValue', key: 'yes', name: 'Yes, it leans' },
            { __typename: 'ServiceAttributeValue', key: 'no', name: 'No' },
          ],
        },
      ],
    },
    department: { __typename: 'Department', id: 'dep-streets', name: 'Street Transportation' },
    crew: { __typename: 'Crew', id: 'crew-1', name: 'Lights North' },
    assignee: staff('staff-9', 'Marta Díaz'),
    assetId: 'asset-1',
    asset: {
      __typename: 'Asset',
      id: 'asset-1',
      tag: 'STL-000042',
      status: 'ACTIVE',
      assetType: { __typename: 'AssetType', id: 'at-1', code: 'STREETLIGHT', name: 'Streetlight' },
      condition: { __typename: 'AssetCondition', score: 2, inspectedOn: '2026-09-15' },
      workOrders: [
        {
          __typename: 'WorkOrder',
          id: 'wo-1',
          number: 'WO-000123',
          summary: 'Streetlight out at the corner',
          status: 'ASSIGNED',
          createdAt: '2026-10-30T17:15:00Z',
        },
        {
          __typename: 'WorkOrder',
          id: 'wo-0',
          number: 'WO-000050',
          summary: 'Replaced the lamp',
          status: 'CLOSED',
          createdAt: '2026-06-01T17:15:00Z',
        },
      ],
    },
    history: [
      {
        __typename: 'HistoryEntry',
        at: '2026-10-30T17:15:00Z',
        action: 'CREATE',
        actor: { __typename: 'ChangeActor', kind: 'SYSTEM', id: 'routing', staff: null },
        changes: [{ __typename: 'FieldChange', field: 'status', from: null, to: 'NEW' }],
        note: null,
        version: 1,
      },
      {
        __typename: 'HistoryEntry',
        at: '2026-10-31T15:00:00Z',
        action: 'ASSIGN',
        actor: {
          __typename: 'ChangeActor',
          kind: 'STAFF',
          id: 'staff-7',
          staff: staff('staff-7', 'Ana Ruiz'),
        },
        changes: [
          { __typename: 'FieldChange', field: 'status', from: 'NEW', to: 'ASSIGNED' },
          { __typename: 'FieldChange', field: 'assigneeId', from: null, to: 'staff-9' },
        ],
        note: null,
        version: 2,
      },
    ],
    serviceRequest: {
      __typename: 'ServiceRequest',
      id: 'sr-1',
      number: 'PHX-26-000777',
      status: 'OPEN',
      description: 'The light has been dark for three nights.',
      address: '1st Ave & Van Buren St',
      district: 7,
      channel: 'PHONE',
      requestedAt: '2026-10-30T17:10:00Z',
      attributes: [
        { __typename: 'AttributeAnswer', code: 'POLE_DAMAGED', value: 'yes', values: null },
      ],
      mediaUrls: ['https://photos.example.org/p/1.jpg'],
      photos: [
        {
          __typename: 'Photo',
          id: 'ph-1',
          url: '/photos/ph-1',
          thumbnailUrl: '/photos/ph-1/thumbnail',
          width: 640,
          height: 480,
          kind: 'REPORTER',
        },
      ],
      reporter: {
        __typename: 'Reporter',
        name: 'Rosa Vega',
        email: 'rosa@example.org',
        phone: '+16025550100',
      },
      publicNotes: [note('n-1', 'A crew is on its way.', 'PUBLIC')],
      internalNotes: [note('n-2', 'Ladder truck needed.', 'INTERNAL')],
    },
    ...overrides,
  };
}

type Answer = { data: Record<string, unknown>; errors?: GraphQLError[] };

export function detailMock(
  answer: Answer | { error: Error },
  { id = 'wo-1', locale = 'EN' }: { id?: string; locale?: 'EN' | 'ES' } = {},
): MockLink.MockedResponse {
  const request = { query: WorkOrderDetailDocument, variables: { id, locale } };
  return 'error' in answer ? { request, error: answer.error } : { request, result: answer };
}

export function duplicatesMock(): MockLink.MockedResponse {
  return {
    request: {
      query: LikelyDuplicatesDocument,
      variables: { serviceCode: 'STREETLIGHT', lon: -112.07, lat: 33.45 },
    },
    result: {
      data: {
        likelyDuplicates: [
          // The request itself: the panel leaves it out.
          {
            __typename: 'LikelyDuplicate',
            number: 'PHX-26-000777',
            requestedAt: '2026-10-30T17:10:00Z',
            distanceMeters: 0,
            serviceRequest: null,
          },
          {
            __typename: 'LikelyDuplicate',
            number: 'PHX-26-000780',
            requestedAt: '2026-10-30T18:00:00Z',
            distanceMeters: 23.4,
            serviceRequest: {
              __typename: 'ServiceRequest',
              id: 'sr-2',
              number: 'PHX-26-000780',
              status: 'OPEN',
              workOrders: [
                { __typename: 'WorkOrder', id: 'wo-2', number: 'WO-000130', status: 'NEW' },
              ],
            },
          },
          {
            __typename: 'LikelyDuplicate',
            number: 'PHX-26-000781',
            requestedAt: '2026-10-30T19:00:00Z',
            distanceMeters: 41,
            serviceRequest: {
              __typename: 'ServiceRequest',
              id: 'sr-3',
              number: 'PHX-26-000781',
              status: 'OPEN',
              workOrders: [],
            },
          },
        ],
      },
    },
  };
}
