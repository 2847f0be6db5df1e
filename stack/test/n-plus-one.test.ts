import { postGraphQL } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { signInAs, startSeededStack } from '../src/testing';

let stack: RunningStack;
let dispatcher: Record<string, string>;
/** SQL statements seen since the last reset, by subgraph. */
let statements: Record<string, number> = {};

const query = `
  query WorkOrders($first: Int!) {
    workOrders(first: $first) {
      edges { node {
        id number
        service { name }
        serviceRequest { number }
        assignee { name crew { name } }
        department { name }
        asset { tag assetType { name } }
      } }
    }
  }
`;

async function countStatements(first: number) {
  statements = {};
  const response = await postGraphQL<{ workOrders: { edges: unknown[] } }>(
    `${stack.url}/graphql`,
    query,
    { first },
    { headers: dispatcher },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data!.workOrders.edges).toHaveLength(first);
  return { ...statements };
}

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 9, requests: 160, now: new Date('2026-11-01T15:00:00Z') },
    onQuery: (subgraph) => {
      statements[subgraph] = (statements[subgraph] ?? 0) + 1;
    },
  });
  dispatcher = await signInAs(stack.url, 'DISPATCHER');
});

afterAll(async () => {
  await stack?.close();
});

describe('batching across subgraphs', () => {
  it('costs the same number of SQL statements for 10 and for 100 work orders', async () => {
    // Warm-up: connection set-up and the gateway's (cached) session check are not what we count.
    await countStatements(10);
    const ten = await countStatements(10);
    const hundred = await countStatements(100);
    expect(hundred).toEqual(ten);
    // One list query plus one batched lookup per related type, not one per row.
    expect(ten.accounts).toBeLessThanOrEqual(3); // staff, crews, departments
    expect(ten.assets).toBeLessThanOrEqual(2); // assets, asset types
    expect(ten.requests).toBeLessThanOrEqual(4); // work orders, services, requests (+ count)
  });
});
