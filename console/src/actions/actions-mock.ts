import type { MockLink } from '@apollo/client/testing';
import { PermissionsDocument } from '../session/permissions.graphql';
import type { ActionableWorkOrder } from './work-order-actions.graphql';
import { WorkOrderActionsDocument } from './work-order-actions.graphql';

// For component tests only: a work order as the actions read it, and who is signed in.

/** Each role's permissions that matter to the actions (docs/ACCESS.md). */
export const ROLE_PERMISSIONS = {
  DISPATCHER: ['work-orders.read', 'requests.triage', 'requests.notes.write', 'work-orders.assign'],
  SUPERVISOR: [
    'work-orders.read',
    'requests.triage',
    'requests.notes.write',
    'work-orders.assign',
    'work-orders.work',
    'work-orders.supervise',
  ],
  FIELD_WORKER: ['work-orders.read', 'requests.notes.write', 'work-orders.work'],
  ANALYST: ['work-orders.read'],
} as const;

export function actionableWorkOrder(
  overrides: Partial<ActionableWorkOrder> = {},
): ActionableWorkOrder {
  return {
    __typename: 'WorkOrder',
    id: 'wo-1',
    number: 'WO-000123',
    status: 'ASSIGNED',
    priority: 'NORMAL',
    version: 3,
    dueAt: '2026-11-05T17:00:00Z',
    holdReason: null,
    resolutionCode: null,
    assignee: null,
    crew: { __typename: 'Crew', id: 'crew-3', name: 'Crew 3' },
    department: { __typename: 'Department', id: 'dep-streets' },
    service: {
      __typename: 'Service',
      id: 'svc-pothole',
      resolutionCodes: [
        { __typename: 'ResolutionCode', code: 'REPAIRED', name: 'Repaired' },
        { __typename: 'ResolutionCode', code: 'NO_ISSUE', name: 'No issue found' },
      ],
    },
    serviceRequest: { __typename: 'ServiceRequest', id: 'sr-1', number: 'SR-000100', version: 2 },
    ...overrides,
  };
}

export function permissionsMock(
  role: keyof typeof ROLE_PERMISSIONS,
  { id = 'staff-7', crewId = 'crew-3' }: { id?: string; crewId?: string | null } = {},
): MockLink.MockedResponse {
  return {
    request: { query: PermissionsDocument },
    result: {
      data: {
        me: {
          __typename: 'Staff',
          id,
          permissions: [...ROLE_PERMISSIONS[role]],
          crew: crewId ? { __typename: 'Crew', id: crewId } : null,
        },
      },
    },
  };
}

export function workOrderMock(
  workOrder: ActionableWorkOrder,
  locale: 'EN' | 'ES' = 'EN',
): MockLink.MockedResponse {
  return {
    request: { query: WorkOrderActionsDocument, variables: { id: workOrder.id, locale } },
    result: { data: { workOrder } },
  };
}
