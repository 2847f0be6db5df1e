import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
} from 'node:fs';
import { chmod, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, startEmbeddedPostgres } from '../src';
import { reachableBinaries } from '../src/database/binary-cache';
import { isProcessAlive } from '../src/database/orphaned-server';
import {
  type PostgresBinaries,
  postgresBinaries,
  postgresProgram,
} from '../src/database/postgres-binaries';
import { postgresOsUser } from '../src/database/postgres-os-user';
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
    expect(isProcessAlive(pid)).toBe(true);
    await first.stop();
    expect(isProcessAlive(pid)).toBe(false);
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
    expect(isProcessAlive(orphan)).toBe(true); // the crash left the database running

    const restarted = await startEmbeddedPostgres({ dataDir, port, logger });
    try {
      expect(isProcessAlive(orphan)).toBe(false);
      expect(await query(restarted.url, 'select 1 as ok')).toEqual([{ ok: 1 }]);
    } finally {
      await restarted.stop();
    }
  });
});

// Root in a container with the checkout in its home directory (mode 0700): PostgreSQL
// refuses to run as root, so it runs as the `postgres` OS user, which cannot reach
// anything inside that folder. Other users run PostgreSQL as themselves and nothing
// moves, so there is nothing to cover for them.
const notRoot = process.getuid?.() !== 0;

let privateDir: string;
let binaries: PostgresBinaries;
/** Where, as root, binaries and clusters go that the `postgres` OS user cannot reach. */
let sharedFolders: { binaries: string; data: string };

/** Mode of every file and folder under `dir` (symlinks not followed). */
function modes(dir: string): Record<string, number> {
  const found: Record<string, number> = { [dir]: lstatSync(dir).mode };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(found, modes(file));
    else found[file] = lstatSync(file).mode;
  }
  return found;
}

/** A logger whose messages the test reads. */
function recordingLogger() {
  const messages: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      messages.push(JSON.parse(String(chunk)).msg);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), messages };
}

/** The cluster folder of a checkout inside the private folder (DATA_DIR/postgres). */
function dataDirOf(checkout: string) {
  return path.join(privateDir, checkout, '.data', 'postgres');
}

describe('the embedded PostgreSQL of a checkout in a private (0700) folder, run as root', () => {
  beforeAll(async () => {
    if (notRoot) return;
    privateDir = path.join(root, 'private');
    await mkdir(privateDir);
    await chmod(privateDir, 0o700);
    sharedFolders = { binaries: path.join(root, 'cache'), data: path.join(root, 'lib') };
    const installed = await postgresBinaries();
    // As in a checkout's node_modules: inside the private folder.
    binaries = { ...installed, home: path.join(privateDir, 'node_modules', 'postgres') };
    cpSync(installed.home, binaries.home, { recursive: true, verbatimSymlinks: true });
  });

  it.skipIf(notRoot)(
    'runs, keeps its data across restarts in a folder the checkout links to, and opens nothing',
    async () => {
      expect(statSync(privateDir).mode & 0o777).toBe(0o700);
      const dataDir = dataDirOf('keeps');
      const before = modes(privateDir);
      const recorded = recordingLogger();
      const port = await freePort();
      const start = () =>
        startEmbeddedPostgres({ dataDir, port, logger: recorded.logger, binaries, sharedFolders });

      const first = await start();
      await query(first.url, 'create table kept (value text); insert into kept values ($$hello$$)');
      await first.stop();
      const second = await start();
      const cluster = readlinkSync(dataDir);
      try {
        expect(await query(second.url, 'select value from kept')).toEqual([{ value: 'hello' }]);
        // The server runs the copy in the cache, not the binaries it cannot reach.
        expect(readlinkSync(`/proc/${serverPid(cluster)}/exe`)).toBe(
          path.join(sharedFolders.binaries, `postgres-${binaries.version}`, 'bin', 'postgres'),
        );
      } finally {
        await second.stop();
      }

      // The cluster lives in the shared folder, owned by the server's user, private to it;
      // the checkout's data folder links to it.
      expect(path.dirname(cluster)).toBe(sharedFolders.data);
      expect(path.basename(cluster)).toMatch(/keeps-data-postgres-[0-9a-f]{10}$/);
      const owner = postgresOsUser()!;
      expect(statSync(cluster)).toMatchObject({ uid: owner.uid });
      expect(statSync(cluster).mode & 0o777).toBe(0o700);
      // One line per start says where the data lives.
      const located = recorded.messages.filter((message) =>
        message.includes('PostgreSQL data lives in'),
      );
      expect(located).toEqual([
        `PostgreSQL data lives in ${cluster} (${dataDir} links to it)`,
        `PostgreSQL data lives in ${cluster} (${dataDir} links to it)`,
      ]);
      // Nothing that was in the private folder changed mode, and it is still private.
      expect(modes(privateDir)).toMatchObject(before);
      expect(statSync(privateDir).mode & 0o777).toBe(0o700);
      // The binaries were copied once, completely, and no partial copy is left behind.
      expect(readdirSync(sharedFolders.binaries)).toEqual([`postgres-${binaries.version}`]);
    },
  );

  it.skipIf(notRoot)(
    'starts a fresh cluster once the data folder is deleted, rather than reviving the old one',
    async () => {
      const dataDir = dataDirOf('deleted');
      const port = await freePort();
      const start = () => startEmbeddedPostgres({ dataDir, port, logger, binaries, sharedFolders });

      const first = await start();
      await query(first.url, 'create table forgotten (value text)');
      await first.stop();
      const cluster = readlinkSync(dataDir);
      await rm(path.dirname(dataDir), { recursive: true });

      const second = await start();
      try {
        expect(readlinkSync(dataDir)).toBe(cluster);
        expect(await query(second.url, `select to_regclass('forgotten') as found`)).toEqual([
          { found: null },
        ]);
      } finally {
        await second.stop();
      }
    },
  );

  it.skipIf(notRoot)('copies the binaries once when several launchers race to', async () => {
    const cache = path.join(root, 'race');
    const user = postgresOsUser()!;
    const copies = await Promise.all(
      [1, 2].map(() => reachableBinaries(binaries, user, cache, logger)),
    );
    expect(new Set(copies.map((copy) => copy.home))).toEqual(
      new Set([path.join(cache, `postgres-${binaries.version}`)]),
    );
    expect(readdirSync(cache)).toEqual([`postgres-${binaries.version}`]);
    const version = spawnSync(postgresProgram(copies[0]!, 'postgres'), ['--version'], {
      ...user,
      encoding: 'utf8',
    });
    expect(version.stdout).toMatch(/^postgres \(PostgreSQL\) \d+/);
  });
});
