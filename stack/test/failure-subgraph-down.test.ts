import { postGraphQL } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ProcessStack } from '../src/process-stack';
import { startSeededProcessStack } from '../src/seeded-process-stack';
import { signInAs } from '../src/testing';

// A subgraph process goes away while the stack serves: the gateway answers what it
// still can, says which service is missing (in the answer and on /health), and
// recovers by itself once the subgraph is back, without being restarted.

let stack: ProcessStack;
let dispatcher: Record<string, string>;

const workOrdersWithAssets = `{
  workOrders(first: 10) { edges { node { number asset { tag } } } }
}`;

interface WorkOrdersData {
  workOrders: { edges: Array<{ node: { number: string; asset: { tag: string } | null } }> };
}

beforeAll(async () => {
  stack = await startSeededProcessStack({
    city: { seed: 21, requests: 40, now: new Date('2026-11-20T15:00:00Z') },
  });
  dispatcher = await signInAs(stack.url, 'DISPATCHER');
});

afterAll(async () => {
  await stack?.close();
});

async function health() {
  const response = await fetch(`${stack.url}/health`);
  return {
    status: response.status,
    body: (await response.json()) as { status: string; checks: Record<string, string> },
  };
}

const askForWorkOrders = () =>
  postGraphQL<WorkOrdersData>(
    `${stack.gatewayUrls[0]}`,
    workOrdersWithAssets,
    {},
    {
      headers: dispatcher,
    },
  );

it('serves partial data naming assets while it is down, and recovers once it is back', async () => {
  const before = await askForWorkOrders();
  expect(before.errors).toBeUndefined();
  const withAsset = before.data!.workOrders.edges.filter((e) => e.node.asset !== null);
  expect(withAsset.length).toBeGreaterThan(0);
  expect((await health()).status).toBe(200);

  const gatewayPid = stack.gateways[0]!.child.pid;
  await stack.subgraphs.assets.stop();

  const during = await askForWorkOrders();
  expect(during.status).toBe(200);
  // The work orders still come from requests; only what assets owns is missing.
  expect(during.data!.workOrders.edges.map((e) => e.node.number)).toEqual(
    before.data!.workOrders.edges.map((e) => e.node.number),
  );
  for (const edge of during.data!.workOrders.edges) expect(edge.node.asset).toBeNull();
  expect(during.errors?.length).toBeGreaterThan(0);
  for (const error of during.errors!) {
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'assets' });
  }

  const down = await health();
  expect(down.status).toBe(503);
  expect(down.body.status).toBe('unavailable');
  expect(down.body.checks).toMatchObject({
    assets: 'unavailable',
    accounts: 'ok',
    requests: 'ok',
    datasets: 'ok',
  });
  // Yet the gateway itself still takes traffic (it serves the rest): a balancer probing
  // its readiness keeps it, and every other gateway, in rotation.
  const ready = await fetch(`${stack.url}/health/ready`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready', service: 'gateway' });

  await stack.restart(stack.subgraphs.assets);

  // The same gateway process, never restarted, answers in full again.
  expect(stack.gateways[0]!.child.pid).toBe(gatewayPid);
  expect(stack.gateways[0]!.running).toBe(true);
  const after = await askForWorkOrders();
  expect(after.errors).toBeUndefined();
  expect(after.data).toEqual(before.data);
  const healthy = await health();
  expect(healthy.status).toBe(200);
  expect(healthy.body.checks.assets).toBe('ok');
});
