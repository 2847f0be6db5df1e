import { postGraphQL } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { LiveConnection } from '../src/live-client';
import { signInAs, startSeededStack } from '../src/testing';

let stack: RunningStack;
let dispatcher: Record<string, string>;

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 5, requests: 60, now: new Date('2026-11-20T15:00:00Z') },
  });
  dispatcher = await signInAs(stack.url, 'DISPATCHER');
});

afterAll(async () => {
  await stack?.close();
});

it('delivers a change with fields from three subgraphs', async () => {
  const list = (await postGraphQL(
    `${stack.url}/graphql`,
    '{ workOrders(first: 50, filter: { open: true }) { edges { node { id version priority assetId } } } }',
    {},
    { headers: dispatcher },
  )) as {
    data: {
      workOrders: {
        nodes: Array<{ id: string; version: number; priority: string; assetId: string | null }>;
      };
    };
  };
  const nodes = (
    list.data.workOrders as unknown as {
      edges: Array<{
        node: { id: string; version: number; priority: string; assetId: string | null };
      }>;
    }
  ).edges.map((e) => e.node);
  const target = nodes.find((n) => n.assetId) ?? nodes[0]!;
  const connection = new LiveConnection({
    origin: stack.url,
    connectionParams: { authorization: dispatcher.authorization },
  });
  const live = connection.subscribe(
    `subscription { workOrderChanged { eventId type action changed workOrder { number priority department { name } asset { tag } assignee { name } } } }`,
  );
  await new Promise((r) => setTimeout(r, 300));
  await postGraphQL(
    `${stack.url}/graphql`,
    `mutation ($input: ChangeWorkOrderPriorityInput!) { changeWorkOrderPriority(input: $input) { workOrder { version } } }`,
    {
      input: {
        id: target.id,
        expectedVersion: target.version,
        priority: target.priority === 'URGENT' ? 'LOW' : 'URGENT',
      },
    },
    { headers: dispatcher },
  );
  const [payload] = await live.received(1);
  expect(payload?.data?.workOrderChanged).toMatchObject({
    action: 'PRIORITY',
    workOrder: { department: { name: expect.any(String) } },
  });
  await connection.close();
});
