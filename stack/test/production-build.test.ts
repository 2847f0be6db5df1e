import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';
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

let seeded: { code: number | null; output: string };

beforeAll(async () => {
  await run(process.execPath, ['tools/build-services.mjs'], { cwd: root });
  database = await scratchDatabase();
  const migrated = await migrate({ DATABASE_URL: database.url });
  expect(migrated.code, migrated.output).toBe(0);
  // The job run again, now seeding the demo city, while the subgraphs start: a second
  // run finds nothing to migrate, and seeding needs no subgraph.
  const seeding = migrate({
    DATABASE_URL: database.url,
    DEMO_SEED_ON_EMPTY: 'true',
    DEMO_SEED: '5',
    DEMO_REQUESTS: '30',
  });

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
  seeded = await seeding;
  expect(seeded.code, seeded.output).toBe(0);
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

/** dist/<name>/node_modules/<package> links of every deployable (scoped ones included). */
function packageLinks() {
  const dist = path.join(root, 'dist');
  return readdirSync(dist).flatMap((name) => {
    const modules = path.join(dist, name, 'node_modules');
    return readdirSync(modules).flatMap((entry) =>
      entry.startsWith('@')
        ? readdirSync(path.join(modules, entry)).map((p) => path.join(modules, entry, p))
        : [path.join(modules, entry)],
    );
  });
}

describe('the production build', () => {
  it('links each bundle only to relative paths into the root node_modules/.pnpm', () => {
    // What the image's runtime stage copies from its production install, at the same paths.
    const store = realpathSync(path.join(root, 'node_modules', '.pnpm'));
    const links = packageLinks();
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      expect(path.isAbsolute(readlinkSync(link)), link).toBe(false);
      expect(realpathSync(link).startsWith(`${store}${path.sep}`), link).toBe(true);
    }
  });

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

  it('migrates again as a no-op (seeding only when asked), and refuses a bad DATABASE_URL', async () => {
    expect(seeded.output).not.toContain('"msg":"migrated"');
    expect(seeded.output).toContain('"msg":"seeded demo data"');
    expect(seeded.output).toContain('every subgraph is migrated');

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
