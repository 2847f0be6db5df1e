import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataOf, postGraphQL, TEST_SECRETS } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { signInAs, startSeededStack } from '../src/testing';

// The gateway as its own process (what its container runs), in front of the stack's
// subgraphs, with module hooks that fail the process if it loads any subgraph code.
const gatewayDir = fileURLToPath(new URL('../../gateway/', import.meta.url));
const forbidSubgraphCode = fileURLToPath(
  new URL('./fixtures/forbid-subgraph-code.mjs', import.meta.url),
);

let stack: RunningStack;
let gateway: ChildProcess;
let gatewayUrl: string;
let output = '';
let dispatcher: Record<string, string>;

function startGatewayProcess(): Promise<string> {
  gateway = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', forbidSubgraphCode, 'src/main.ts'],
    {
      cwd: gatewayDir,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'info',
        GATEWAY_SIGNING_SECRET: TEST_SECRETS.callerSigning,
        ACCESS_TOKEN_SECRET: TEST_SECRETS.accessToken,
        ...Object.fromEntries(stack.subgraphs.map((s) => [`${s.name.toUpperCase()}_URL`, s.url])),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const listening =
        /"url":"(http:\/\/127\.0\.0\.1:\d+\/graphql)".*"msg":"gateway is listening"/.exec(output);
      if (listening) resolve(listening[1]!);
    };
    gateway.stdout?.on('data', onData);
    gateway.stderr?.on('data', onData);
    gateway.on('exit', (code) => reject(new Error(`gateway exited with ${code}:\n${output}`)));
  });
}

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
  gatewayUrl = await startGatewayProcess();
  dispatcher = await signInAs(stack.url, 'DISPATCHER');
});

afterAll(async () => {
  if (gateway && gateway.exitCode === null) {
    const exited = new Promise((resolve) => gateway.once('exit', resolve));
    gateway.kill('SIGTERM');
    await exited;
  }
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
    expect(output).not.toContain('The gateway imported');
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => gateway.once('exit', resolve));
    gateway.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
