// Test helper: imported by test files only.

import { dataOf, postGraphQL } from '@civicgraph/platform/testing';

/** A work order as a writer in a test tracks it: what the next change must send. */
export interface TrackedWorkOrder {
  id: string;
  version: number;
  priority: string;
  department: { id: string };
  serviceRequest: { id: string };
}

const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

/** Open work orders, as the caller lists them. */
export async function openWorkOrders(
  origin: string,
  headers: Record<string, string>,
  first = 20,
): Promise<TrackedWorkOrder[]> {
  const data = dataOf(
    await postGraphQL(
      `${origin}/graphql`,
      `query OpenWork($first: Int!) {
        workOrders(first: $first, filter: { open: true }) {
          edges { node { id version priority department { id } serviceRequest { id } } }
        }
      }`,
      { first },
      { headers },
    ),
  ) as { workOrders: { edges: Array<{ node: TrackedWorkOrder }> } };
  return data.workOrders.edges.map((edge) => edge.node);
}

/**
 * Moves the work order to the next priority through the API (one PRIORITY event in
 * the outbox) and keeps its new version for the next change.
 */
export async function changePriority(
  origin: string,
  headers: Record<string, string>,
  workOrder: TrackedWorkOrder,
): Promise<void> {
  const priority = PRIORITIES[(PRIORITIES.indexOf(workOrder.priority) + 1) % PRIORITIES.length]!;
  const data = dataOf(
    await postGraphQL(
      `${origin}/graphql`,
      `mutation ChangePriority($input: ChangeWorkOrderPriorityInput!) {
        changeWorkOrderPriority(input: $input) { workOrder { version priority } }
      }`,
      { input: { id: workOrder.id, expectedVersion: workOrder.version, priority } },
      { headers },
    ),
  ) as { changeWorkOrderPriority: { workOrder: { version: number; priority: string } } };
  Object.assign(workOrder, data.changeWorkOrderPriority.workOrder);
}
