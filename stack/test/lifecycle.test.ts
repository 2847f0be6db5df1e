import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, postGraphQL, reachableTempFolder } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../src/testing';

// `npm start` as a person runs it: a real process on the embedded PostgreSQL,
// stopped with Ctrl-C (SIGINT), then started again on the same data folder.
let dataDir: string;
let env: NodeJS.ProcessEnv;

interface Started {
  process: ChildProcess;
  url: string;
  log: () => string;
}

function start(): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const up = /CivicGraph is up: console (http:\/\/\S+?)\//.exec(output);
      if (up) resolve({ process: child, url: up[1]!, log: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) =>
      reject(new Error(`exited with ${code} before it was up:\n${output}`)),
    );
  });
}

function stop(started: Started): Promise<number | null> {
  return new Promise((resolve) => {
    started.process.once('exit', (code) => resolve(code));
    started.process.kill('SIGINT');
  });
}

const openCount = `{ workOrders(filter: { open: true }) { totalCount } }`;

beforeAll(async () => {
  dataDir = await reachableTempFolder('civicgraph-lifecycle-');
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  env = {
    ...rest,
    DATA_DIR: dataDir,
    PORT: '0',
    EMBEDDED_PG_PORT: String(await freePort()),
    DEMO_REQUESTS: '120',
    CONSOLE_DIR: path.join(dataDir, 'no-console'),
    LOG_LEVEL: 'info',
  };
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

// Two starts of five processes each (spread over the cores) on shared CI cores.
describe('npm start', () => {
  it('seeds on first start, stops cleanly on Ctrl-C, and reuses its data on the next start', async () => {
    const first = await start();
    const session = await signInAs(first.url, 'DISPATCHER');
    const before = await postGraphQL<{ workOrders: { totalCount: number } }>(
      `${first.url}/graphql`,
      openCount,
      {},
      { headers: session },
    );
    expect(before.errors).toBeUndefined();
    expect(before.data!.workOrders.totalCount).toBeGreaterThan(0);
    expect(first.log()).toContain('seeded demo data');
    expect(first.log()).toContain('made development secrets');

    expect(await stop(first)).toBe(0);
    // The database server is gone too: its lock file is removed on a clean stop.
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(first.log()).toContain('embedded PostgreSQL stopped');

    const second = await start();
    try {
      // The session of the first start still works: the secrets were kept with the data.
      const after = await postGraphQL<{ workOrders: { totalCount: number } }>(
        `${second.url}/graphql`,
        openCount,
        {},
        { headers: session },
      );
      expect(after.errors).toBeUndefined();
      expect(after.data!.workOrders.totalCount).toBe(before.data!.workOrders.totalCount);
      expect(second.log()).not.toContain('seeded demo data');
      expect(second.log()).not.toContain('creating a new PostgreSQL cluster');
      expect(second.log()).not.toContain('made development secrets');
    } finally {
      expect(await stop(second)).toBe(0);
    }
  }, 300_000);
});
