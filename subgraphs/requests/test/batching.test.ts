import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestsHarness, startRequestsHarness } from './harness';

let h: RequestsHarness;

beforeAll(async () => {
  h = await startRequestsHarness();
});

afterAll(async () => {
  await h?.close();
});

// Every related-row field, nested: each must be one batched statement per level.
const LIST = /* GraphQL */ `
  query List($first: Int) {
    workOrders(first: $first) {
      totalCount
      edges {
        node {
          id
          service { code name(locale: ES) department { id } }
          serviceRequest { number service { code } workOrders { id service { code } } }
          department { id }
          crew { id }
          assignee { id }
          location { lon lat }
        }
      }
    }
  }
`;

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on WorkOrder { id service { code } serviceRequest { number workOrders { id } } }
    }
  }
`;

describe('batching', () => {
  it('a page of 100 work orders costs as many statements as a page of 10', async () => {
    const ten = await h.statementsFor(LIST, { first: 10 });
    const hundred = await h.statementsFor(LIST, { first: 100 });
    expect(ten).toBeGreaterThan(0);
    expect(hundred).toBe(ten);
  });

  it('100 WorkOrder representations cost as many statements as 10', async () => {
    const ids = [...h.city.requestBatches()].flatMap((b) => b.workOrders.map((w) => w.id));
    const representations = (n: number) =>
      ids.slice(0, n).map((id) => ({ __typename: 'WorkOrder', id }));
    const ten = await h.statementsFor(ENTITIES, { representations: representations(10) });
    const hundred = await h.statementsFor(ENTITIES, { representations: representations(100) });
    expect(hundred).toBe(ten);
  });
});
