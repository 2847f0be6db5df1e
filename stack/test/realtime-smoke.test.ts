import { postGraphQL } from '@civicgraph/platform/testing';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RunningStack } from '../src';
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
  console.log(JSON.stringify(list).slice(0, 500));
  const nodes = (
    list.data.workOrders as unknown as {
      edges: Array<{
        node: { id: string; version: number; priority: string; assetId: string | null };
      }>;
    }
  ).edges.map((e) => e.node);
  const target = nodes.find((n) => n.assetId) ?? nodes[0]!;
  const client = createClient({
    url: `${stack.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: dispatcher.authorization },
    retryAttempts: 0,
  });
  const received: unknown[] = [];
  const done = new Promise<void>((resolve, reject) => {
    client.subscribe(
      {
        query: `subscription { workOrderChanged { eventId type action changed workOrder { number priority department { name } asset { tag } assignee { name } } } }`,
      },
      {
        next: (value) => {
          received.push(value);
          resolve();
        },
        error: reject,
        complete: () => {},
      },
    );
  });
  await new Promise((r) => setTimeout(r, 300));
  const changed = await postGraphQL(
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
  console.log(JSON.stringify(changed));
  await done;
  console.log(JSON.stringify(received, null, 1));
  console.log(stack.gateway.realtime?.stats());
  await client.dispose();
  expect(received.length).toBe(1);
});
