import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  dataOf,
  freePort,
  postGraphQL,
  scratchDatabase,
  TEST_SECRETS,
} from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_DEPLOYABLES } from '../src/process-stack';
import type { Deployable } from '../src/service-process';
import { signInAs } from '../src/testing';

// The production build (`pnpm build:services`) as the container image runs it: the
// migration job, then each subgraph and the gateway, each through the image's entry
// point (`node --enable-source-maps tools/run-deployable.mjs <name>`, which imports
// dist/<name>/main.mjs), with NODE_ENV=production and no TypeScript loader.
const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

/** One bundle running as an OS process, its output kept for the failure message. */
class BuiltProcess {
  readonly child;
  readonly ready: Promise<string>;
  readonly exited: Promise<number | null>;
  output = '';

  constructor(
    readonly name: Deployable | 'migrate',
    env: Record<string, string>,
  ) {
    const entry = ['--enable-source-maps', 'tools/run-deployable.mjs', name];
    this.child = spawn(process.execPath, entry, {
      cwd: root,
      // Only what the deployment sets: none of this test runner's loaders or NODE_OPTIONS.
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [exited] = [once(this.child, 'exit').then(([code]) => code as number | null)];
    this.exited = exited;
    const listening = new RegExp(`"url":"(http://[^"]+/graphql)".*"msg":"${name} is listening"`);
    this.ready = new Promise((resolve, reject) => {
      const read = (chunk: Buffer) => {
        this.output += chunk;
        const found = listening.exec(this.output);
        if (found) resolve(found[1]!);
      };
      this.child.stdout.on('data', read);
      this.child.stderr.on('data', read);
      exited.then((code) => reject(new Error(`${name} exited with ${code}:\n${this.output}`)));
    });
    this.ready.catch(() => {});
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM') {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return await this.exited;
  }
}

let database: Awaited<ReturnType<typeof scratchDatabase>>;
const running: BuiltProcess[] = [];
let gatewayUrl: string;

const secrets = {
  GATEWAY_SIGNING_SECRET: TEST_SECRETS.callerSigning,
  ACCESS_TOKEN_SECRET: TEST_SECRETS.accessToken,
};

async function migrate(env: Record<string, string>) {
  const job = new BuiltProcess('migrate', env);
  return { code: await job.exited, output: job.output };
}

beforeAll(async () => {
  await run(process.execPath, ['tools/build-services.mjs'], { cwd: root });
  database = await scratchDatabase();
  const migrated = await migrate({
    DATABASE_URL: database.url,
    DEMO_SEED_ON_EMPTY: 'true',
    DEMO_SEED: '5',
    DEMO_REQUESTS: '30',
  });
  expect(migrated.code, migrated.output).toBe(0);

  // As process-stack.ts wires them: ports chosen up front, so each knows its peers.
  const urls: Record<string, string> = {};
  for (const name of SUBGRAPH_DEPLOYABLES) {
    urls[name] = `http://127.0.0.1:${await freePort()}/graphql`;
  }
  const peers = Object.entries(urls)
    .map(([name, url]) => `${name}=${url}`)
    .join(',');
  const subgraphs = SUBGRAPH_DEPLOYABLES.map(
    (name) =>
      new BuiltProcess(name, {
        DATABASE_URL: database.url,
        HOST: '127.0.0.1',
        PORT: new URL(urls[name]!).port,
        MIGRATE_ON_START: 'false',
        PEER_URLS: peers,
        ...secrets,
      }),
  );
  running.push(...subgraphs);
  await Promise.all(subgraphs.map((s) => s.ready));
  const gateway = new BuiltProcess('gateway', {
    HOST: '127.0.0.1',
    PORT: '0',
    OUTBOX_DATABASE_URL: database.url,
    ...Object.fromEntries(
      Object.entries(urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]),
    ),
    ...secrets,
  });
  running.push(gateway);
  gatewayUrl = await gateway.ready;
});

afterAll(async () => {
  const gateways = running.filter((p) => p.name === 'gateway');
  await Promise.all(gateways.map((p) => p.stop('SIGKILL')));
  await Promise.all(running.map((p) => p.stop('SIGKILL')));
  await database?.drop();
});

describe('the production build', () => {
  it('serves the federated graph through the built gateway from the built subgraphs', async () => {
    const origin = gatewayUrl.replace(/\/graphql$/, '');
    const dispatcher = await signInAs(origin, 'DISPATCHER');
    const data = dataOf(
      await postGraphQL<{
        workOrders: {
          totalCount: number;
          edges: Array<{
            node: { assignee: { name: string } | null; department: { code: string } };
          }>;
        };
      }>(
        gatewayUrl,
        `{ workOrders(first: 20) { totalCount edges { node { number assignee { name } department { code } asset { tag } } } } }`,
        {},
        { headers: dispatcher },
      ),
    );
    expect(data.workOrders.totalCount).toBeGreaterThan(0);
    // Resolved by accounts, through the gateway's plan: the federation works end to end.
    expect(data.workOrders.edges.some((e) => e.node.department.code.length > 0)).toBe(true);
  });

  it('reports every subgraph healthy at the gateway /health', async () => {
    const response = await fetch(new URL('/health', gatewayUrl));
    expect(response.status).toBe(200);
  });

  it('migrates again as a no-op, and a job with a bad DATABASE_URL exits 1 naming it', async () => {
    const again = await migrate({ DATABASE_URL: database.url });
    expect(again.code, again.output).toBe(0);
    expect(again.output).not.toContain('"msg":"migrated"');
    expect(again.output).toContain('every subgraph is migrated');

    const bad = await migrate({ DATABASE_URL: 'mysql://nowhere' });
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('DATABASE_URL');
  });

  it('stops every deployable cleanly on SIGTERM, the gateway first', async () => {
    const [gateway] = running.filter((p) => p.name === 'gateway');
    expect(await gateway!.stop()).toBe(0);
    const codes = await Promise.all(running.filter((p) => p !== gateway).map((p) => p.stop()));
    expect(codes).toEqual([0, 0, 0, 0]);
  });
});
