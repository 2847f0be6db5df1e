import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataOf, postGraphQL } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { GatewayProcess } from '../src/gateway-process';
import { signInAs, startSeededStack } from '../src/testing';

// The gateway as its own process (what its container runs), in front of the stack's
// subgraphs, with module hooks that fail the process if it loads any subgraph code.
const gatewayDir = fileURLToPath(new URL('../../gateway/', import.meta.url));
const forbidSubgraphCode = fileURLToPath(
  new URL('./fixtures/forbid-subgraph-code.mjs', import.meta.url),
);

let stack: RunningStack;
let gateway: GatewayProcess | undefined;
let gatewayUrl: string;
let dispatcher: Record<string, string>;

const query = `{
  workOrders(first: 20, filter: { open: true }) {
    totalCount
    edges { node { number assignee { name crew { name } } department { code } asset { tag } } }
  }
}`;

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 5, requests: 80, now: new Date('2026-11-01T15:00:00Z') },
  });
  gateway = new GatewayProcess(stack, { imports: [forbidSubgraphCode] });
  gatewayUrl = await gateway.ready;
  dispatcher = await signInAs(stack.url, 'DISPATCHER');
});

afterAll(async () => {
  await gateway?.stop();
  await stack?.close();
});

describe('the gateway as its own process', () => {
  it('depends on no subgraph, composition or demo-city package', () => {
    const manifest = JSON.parse(readFileSync(`${gatewayDir}package.json`, 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const ours = Object.keys(manifest.dependencies).filter((n) => n.startsWith('@civicgraph/'));
    expect(ours).toEqual(['@civicgraph/platform']);
  });

  it('serves the federated graph from the supergraph file alone', async () => {
    // One session serves both: they share the secrets and ask the same accounts.
    const alone = dataOf(await postGraphQL(gatewayUrl, query, {}, { headers: dispatcher }));
    const inStack = dataOf(
      await postGraphQL(`${stack.url}/graphql`, query, {}, { headers: dispatcher }),
    );
    expect(alone).toEqual(inStack);
    expect((alone as { workOrders: { totalCount: number } }).workOrders.totalCount).toBeGreaterThan(
      0,
    );
    expect(gateway?.output).not.toContain('The gateway imported');
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await gateway?.stop('SIGTERM')).toBe(0);
  });
});
