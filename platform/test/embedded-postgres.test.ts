import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, startEmbeddedPostgres } from '../src';
import { freePort, reachableTempFolder } from '../src/testing';

let root: string;
const logger = createLogger('test', 'silent');

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

function serverPid(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  return existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : null;
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  root = await reachableTempFolder('civicgraph-embedded-');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the embedded PostgreSQL launcher', () => {
  it('keeps its data across a stop and a start, and leaves nothing running', async () => {
    const dataDir = path.join(root, 'reuse');
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port, logger });
    await query(first.url, 'create table kept (value text); insert into kept values ($$hello$$)');
    const pid = serverPid(dataDir)!;
    expect(isAlive(pid)).toBe(true);
    await first.stop();
    expect(isAlive(pid)).toBe(false);
    expect(serverPid(dataDir)).toBeNull();

    const second = await startEmbeddedPostgres({ dataDir, port, logger });
    try {
      expect(await query(second.url, 'select value from kept')).toEqual([{ value: 'hello' }]);
      const [{ server_version_num }] = await query(second.url, 'show server_version_num');
      expect(Number(server_version_num)).toBeGreaterThanOrEqual(150000);
    } finally {
      await second.stop();
    }
  });

  it('stops a server orphaned by a killed launcher, then starts on the same data', async () => {
    const dataDir = path.join(root, 'orphan');
    const port = await freePort();
    const fixture = fileURLToPath(new URL('./fixtures/start-postgres.ts', import.meta.url));
    const launcher: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', fixture, dataDir, String(port)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      launcher.stdout?.on('data', (chunk) => String(chunk).includes('ready') && resolve());
      launcher.on('exit', (code) => reject(new Error(`fixture exited with ${code}`)));
    });
    const orphan = serverPid(dataDir)!;
    launcher.kill('SIGKILL');
    await new Promise((resolve) => launcher.once('exit', resolve));
    expect(isAlive(orphan)).toBe(true); // the crash left the database running

    const restarted = await startEmbeddedPostgres({ dataDir, port, logger });
    try {
      expect(isAlive(orphan)).toBe(false);
      expect(await query(restarted.url, 'select 1 as ok')).toEqual([{ ok: 1 }]);
    } finally {
      await restarted.stop();
    }
  });
});
