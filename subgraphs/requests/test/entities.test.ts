import { dataOf } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestsHarness, startRequestsHarness } from './harness';

let h: RequestsHarness;

beforeAll(async () => {
  h = await startRequestsHarness();
});

afterAll(async () => {
  await h?.close();
});

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on WorkOrder { id number status assetId serviceRequest { id } }
      ... on ServiceRequest { id number }
      ... on Service { id code }
    }
  }
`;

describe('_entities', () => {
  it('resolves WorkOrder representations to their rows, in order', async () => {
    const [batch] = [...h.city.requestBatches()];
    const picked = [batch!.workOrders[7]!, batch!.workOrders[3]!, batch!.workOrders[250]!];
    const data = dataOf(
      await h.query<{ _entities: unknown[] }>(ENTITIES, {
        representations: picked.map((w) => ({ __typename: 'WorkOrder', id: w.id })),
      }),
    );
    expect(data._entities).toEqual(
      picked.map((w) => ({
        __typename: 'WorkOrder',
        id: w.id,
        number: w.number,
        status: w.status,
        assetId: w.assetId,
        serviceRequest: { id: w.serviceRequestId },
      })),
    );
  });

  it('gives null for unknown and malformed ids without failing the others', async () => {
    const [batch] = [...h.city.requestBatches()];
    const known = batch!.workOrders[0]!;
    const data = dataOf(
      await h.query<{ _entities: Array<{ id: string } | null> }>(ENTITIES, {
        representations: [
          { __typename: 'WorkOrder', id: '00000000-0000-4000-8000-000000000000' },
          { __typename: 'WorkOrder', id: 'not-a-uuid' },
          { __typename: 'WorkOrder', id: known.id },
        ],
      }),
    );
    expect(data._entities.map((e) => e?.id ?? null)).toEqual([null, null, known.id]);
  });

  it('resolves ServiceRequest and Service representations', async () => {
    const [batch] = [...h.city.requestBatches()];
    const request = batch!.serviceRequests[42]!;
    const service = h.city.services[4]!;
    const data = dataOf(
      await h.query<{ _entities: unknown[] }>(ENTITIES, {
        representations: [
          { __typename: 'ServiceRequest', id: request.id },
          { __typename: 'Service', id: service.id },
        ],
      }),
    );
    expect(data._entities).toEqual([
      { __typename: 'ServiceRequest', id: request.id, number: request.number },
      { __typename: 'Service', id: service.id, code: service.code },
    ]);
  });
});
