import { permits } from '@civicgraph/platform';
import {
  CALLER_MATRIX,
  type EntityCase,
  entitiesOutcome,
  expectedEntitiesOutcome,
  expectedRefusals,
  expectedRootOutcome,
  type RootFieldCase,
  refusalsOf,
  rootFieldOutcome,
} from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestsHarness, startRequestsHarness } from './harness';

let h: RequestsHarness;
let sample: { service: string; request: string; workOrder: string };

beforeAll(async () => {
  h = await startRequestsHarness(60);
  const [batch] = [...h.city.requestBatches()];
  const workOrder = batch!.workOrders[0]!;
  sample = {
    service: h.city.services[0]!.id,
    request: workOrder.serviceRequestId,
    workOrder: workOrder.id,
  };
});

afterAll(async () => {
  await h?.close();
});

const ROOT_FIELDS: RootFieldCase[] = [
  {
    field: 'services',
    permission: 'catalog.read',
    document: '{ services { id code department { id } } }',
  },
  {
    field: 'service',
    permission: 'catalog.read',
    document: 'query ($id: ID) { service(id: $id) { id department { id } } }',
    variables: () => ({ id: sample.service }),
  },
  {
    field: 'serviceRequests',
    permission: 'requests.read',
    document: '{ serviceRequests(first: 3) { totalCount edges { node { id number } } } }',
  },
  {
    field: 'serviceRequest',
    permission: 'requests.read',
    document: 'query ($id: ID) { serviceRequest(id: $id) { id number service { code } } }',
    variables: () => ({ id: sample.request }),
  },
  {
    field: 'workOrders',
    permission: 'work-orders.read',
    document: '{ workOrders(first: 3) { totalCount edges { node { id assignee { id } } } } }',
  },
  {
    field: 'workOrder',
    permission: 'work-orders.read',
    document: 'query ($id: ID) { workOrder(id: $id) { id serviceRequest { number } } }',
    variables: () => ({ id: sample.workOrder }),
  },
];

describe.each(CALLER_MATRIX)('as $name', ({ caller }) => {
  it.each(ROOT_FIELDS)('$field answers only with $permission, before any SQL', async (c) => {
    expect(await rootFieldOutcome(h, caller, c)).toEqual(expectedRootOutcome(caller, c));
  });

  it('a page of requests keeps every request; workOrders alone is refused without the permission', async () => {
    h.resetStatements();
    const result = await h.queryAs<{
      serviceRequests: { edges: Array<{ node: { id: string; workOrders: unknown[] | null } }> };
    }>(caller, '{ serviceRequests(first: 4) { edges { node { id workOrders { id } } } } }');
    if (!permits(caller, 'requests.read')) {
      expect(result.data?.serviceRequests ?? null).toBeNull();
      return;
    }
    const nodes = result.data!.serviceRequests.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(4);
    if (permits(caller, 'work-orders.read')) {
      expect(result.errors).toBeUndefined();
      expect(nodes.every((node) => Array.isArray(node.workOrders))).toBe(true);
      return;
    }
    expect(nodes.map((node) => node.workOrders)).toEqual([null, null, null, null]);
    expect(refusalsOf(result)).toEqual(
      expectedRefusals(
        caller,
        nodes.map((_, i) => [`serviceRequests.edges.${i}.node.workOrders`, false]),
      ),
    );
    // The refused field's loader never ran: one statement, the page itself.
    expect(h.statements.filter((statement) => /work_orders/.test(statement))).toEqual([]);
  });

  it('_entities gives each entity only to a caller who may read its type', async () => {
    const cases: EntityCase[] = [
      {
        representation: { __typename: 'Service', id: sample.service },
        selection: 'code',
        permission: 'catalog.read',
      },
      {
        representation: { __typename: 'ServiceRequest', id: sample.request },
        selection: 'number',
        permission: 'requests.read',
      },
      {
        representation: { __typename: 'WorkOrder', id: sample.workOrder },
        selection: 'number',
        permission: 'work-orders.read',
      },
    ];
    expect(await entitiesOutcome(h, caller, cases)).toEqual(expectedEntitiesOutcome(caller, cases));
  });
});

it('every caller who may read work orders may read requests, so WorkOrder.serviceRequest stays non-null', () => {
  for (const { caller } of CALLER_MATRIX) {
    if (permits(caller, 'work-orders.read')) expect(permits(caller, 'requests.read')).toBe(true);
  }
});
