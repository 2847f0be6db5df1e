import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { postGraphQL, reachableTempFolder, scratchDatabase } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm start` spread over the cores, as a person runs it: the launcher is a real
// process on a scratch database, its gateway and subgraphs real processes of its own.
// Bounds only tell "happened" from "never happened": shared CI cores are slow.
const stackDir = fileURLToPath(new URL('..', import.meta.url));
const repositoryRoot = path.resolve(stackDir, '..');
const GENEROUS_MS = 120_000;
const CASE_TIMEOUT_MS = 400_000;

let database: Awaited<ReturnType<typeof scratchDatabase>>;
let dataDir: string;
let env: NodeJS.ProcessEnv;
const launched: Launcher[] = [];

interface Launcher {
  process: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

interface ChildInfo {
  pid: number;
  /** The package it runs, e.g. `gateway` or `subgraphs/requests`. */
  runs: string;
}

function launch(): Promise<Launcher> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: stackDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const up = /CivicGraph is up: console (http:\/\/\S+?)\//.exec(output);
      if (!up) return;
      const started = { process: child, url: up[1]!, output: () => output, exited };
      launched.push(started);
      resolve(started);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`exited with ${code} before it was up:\n${output}`)),
    );
  });
}

/** A process that exists and is not a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** The launcher's children that run a deployable (tsx's esbuild helpers aside). */
function deployablesOf(parent: number): ChildInfo[] {
  const found: ChildInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parentPid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parentPid !== parent || !alive(Number(entry))) continue;
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (!commandLine.includes('src/main.ts')) continue;
      const runs = path.relative(repositoryRoot, readlinkSync(`/proc/${entry}/cwd`));
      found.push({ pid: Number(entry), runs });
    } catch {
      // It ended while we looked.
    }
  }
  return found.sort((a, b) => a.runs.localeCompare(b.runs));
}

async function waitFor<T>(what: string, check: () => T | Promise<T>): Promise<NonNullable<T>> {
  const deadline = Date.now() + GENEROUS_MS;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await sleep(200);
  }
}

async function exitCodeOf(launcher: Launcher): Promise<number | null | 'still running'> {
  return await Promise.race([
    launcher.exited,
    sleep(GENEROUS_MS).then(() => 'still running' as const),
  ]);
}

const servicesQuery = '{ services { code } }';

async function servicesServed(url: string): Promise<boolean> {
  try {
    const response = await postGraphQL<{ services: Array<{ code: string }> }>(
      `${url}/graphql`,
      servicesQuery,
    );
    return !response.errors && (response.data?.services.length ?? 0) > 0;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  database = await scratchDatabase();
  dataDir = await reachableTempFolder('civicgraph-launcher-');
  await mkdir(path.join(dataDir, 'empty-console'));
  env = {
    ...process.env,
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    PORT: '0',
    DEMO_REQUESTS: '200',
    CONSOLE_DIR: path.join(dataDir, 'empty-console'),
    LOG_LEVEL: 'info',
    STACK_PROCESSES: 'spread',
  };
});

afterAll(async () => {
  for (const launcher of launched) {
    for (const child of deployablesOf(launcher.process.pid!)) process.kill(child.pid, 'SIGKILL');
    launcher.process.kill('SIGKILL');
  }
  await database?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('npm start spread over the cores', () => {
  let launcher: Launcher;

  it(
    'serves the graph from a gateway and four subgraphs, each a process of its own',
    async () => {
      launcher = await launch();
      expect(await servicesServed(launcher.url)).toBe(true);
      const children = deployablesOf(launcher.process.pid!);
      expect(children.map((child) => child.runs)).toEqual([
        'gateway',
        'subgraphs/accounts',
        'subgraphs/assets',
        'subgraphs/datasets',
        'subgraphs/requests',
      ]);
      // Their log lines come through the launcher, each naming its service.
      for (const service of ['gateway', 'accounts', 'assets', 'datasets', 'requests']) {
        expect(launcher.output()).toContain(`"service":"${service}"`);
      }
    },
    CASE_TIMEOUT_MS,
  );

  it(
    'restarts a subgraph that dies, and the graph is served again',
    async () => {
      const requests = deployablesOf(launcher.process.pid!).find(
        (child) => child.runs === 'subgraphs/requests',
      )!;
      process.kill(requests.pid, 'SIGKILL');
      const successor = await waitFor('a new requests process', () =>
        deployablesOf(launcher.process.pid!).find(
          (child) => child.runs === 'subgraphs/requests' && child.pid !== requests.pid,
        ),
      );
      expect(alive(requests.pid)).toBe(false);
      expect(await waitFor('the graph served again', () => servicesServed(launcher.url))).toBe(
        true,
      );
      expect(launcher.output()).toContain('requests exited unexpectedly: restarting it');
      await waitFor('the restart logged', () =>
        launcher.output().includes(`"pid":${successor.pid},"msg":"requests restarted"`),
      );
    },
    CASE_TIMEOUT_MS,
  );

  it(
    'stops every process on one Ctrl-C (SIGINT to the launcher) and exits 0',
    async () => {
      const children = deployablesOf(launcher.process.pid!);
      expect(children).toHaveLength(5);
      launcher.process.kill('SIGINT');
      expect(await exitCodeOf(launcher)).toBe(0);
      expect(children.filter((child) => alive(child.pid))).toEqual([]);
      // In order: the launcher told each child (none took the signal itself).
      const log = launcher.output();
      expect(log).toMatch(/"signal":"SIGINT",[^\n]*"msg":"shutting down"/);
      expect(log.match(/"signal":"SIGTERM",[^\n]*"msg":"shutting down"/g)).toHaveLength(5);
      expect(log.indexOf('"service":"gateway","signal":"SIGTERM"')).toBeLessThan(
        log.indexOf('"service":"requests","signal":"SIGTERM"'),
      );
    },
    CASE_TIMEOUT_MS,
  );

  it(
    'leaves no process behind when the launcher itself is killed outright',
    async () => {
      const killed = await launch();
      const children = deployablesOf(killed.process.pid!);
      expect(children).toHaveLength(5);
      killed.process.kill('SIGKILL');
      await killed.exited;
      await waitFor('every child gone', () => children.every((child) => !alive(child.pid)));
    },
    CASE_TIMEOUT_MS,
  );

  it(
    'stops everything and exits non-zero with the output of a child that keeps dying',
    async () => {
      const failing = await launch();
      const children = deployablesOf(failing.process.pid!);
      const requestsUrl = /"subgraph":"requests","url":"(http:[^"]+)"/.exec(failing.output())![1]!;
      const port = Number(new URL(requestsUrl).port);
      const requests = children.find((child) => child.runs === 'subgraphs/requests')!;
      // Its port taken as soon as it is free: every restart fails to listen.
      process.kill(requests.pid, 'SIGKILL');
      const squatter: Server = await waitFor('the port taken', () => takePort(port));
      try {
        expect(await exitCodeOf(failing)).toBe(1);
      } finally {
        squatter.close();
      }
      const log = failing.output();
      expect(log).toContain('requests keeps exiting: stopping CivicGraph');
      expect(log).toContain('EADDRINUSE');
      expect(children.filter((child) => alive(child.pid))).toEqual([]);
      expect(existsSync(`/proc/${failing.process.pid}`)).toBe(false);
    },
    CASE_TIMEOUT_MS,
  );
});

function takePort(port: number): Promise<Server | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
