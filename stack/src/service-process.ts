// Test and launcher helper: one deployable as its own OS process.

import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What a container (or `npm start`, spread over the cores) runs, one per process. */
export type Deployable = 'gateway' | 'requests' | 'accounts' | 'assets' | 'datasets';

const PACKAGE_DIRS: Record<Deployable, string> = {
  gateway: '../../gateway/',
  requests: '../../subgraphs/requests/',
  accounts: '../../subgraphs/accounts/',
  assets: '../../subgraphs/assets/',
  datasets: '../../subgraphs/datasets/',
};

export interface ServiceProcessOptions {
  /** The process's environment over this one's (DATABASE_URL, PORT, secrets, …). */
  env: Record<string, string>;
  /** Modules node loads before the deployable (`--import`): hooks a test installs. */
  imports?: string[];
  /** Node's own flags for the process (`--cpu-prof`, which NODE_OPTIONS refuses). */
  nodeFlags?: string[];
}

/**
 * A deployable's `src/main.ts` as a child process, its output read to the end. The
 * handle exists from the spawn on, so a test's afterAll (or the launcher's Ctrl-C) can
 * stop the process even when it never got ready; should this process end without
 * stopping it, the child is killed with it rather than outliving it.
 */
export class ServiceProcess {
  readonly child: ChildProcess;
  /** The GraphQL URL once the process listens; rejects when the process exits first. */
  readonly ready: Promise<string>;
  /** Resolves with the exit code (null when a signal ended it). */
  readonly exited: Promise<number | null>;
  private log = '';

  constructor(
    readonly name: Deployable,
    options: ServiceProcessOptions,
  ) {
    const imports = (options.imports ?? []).flatMap((module) => ['--import', module]);
    const nodeFlags = options.nodeFlags ?? [];
    this.child = spawn(
      process.execPath,
      [...nodeFlags, '--import', 'tsx', ...imports, 'src/main.ts'],
      {
        cwd: fileURLToPath(new URL(PACKAGE_DIRS[name], import.meta.url)),
        env: { ...process.env, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const killOnExit = () => this.child.kill('SIGKILL');
    process.once('exit', killOnExit);
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code) => {
        process.off('exit', killOnExit);
        resolve(code);
      }),
    );
    const listening = new RegExp(`"url":"(http://[^"]+/graphql)".*"msg":"${name} is listening"`);
    this.ready = new Promise((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        this.log += chunk;
        const found = listening.exec(this.log);
        if (found) resolve(found[1]!);
      };
      // Read to the end, also after it listens: a full pipe would block its logging.
      this.child.stdout?.on('data', onData);
      this.child.stderr?.on('data', onData);
      this.child.once('exit', (code, signal) =>
        reject(new Error(`${name} exited with ${code ?? signal}:\n${this.log}`)),
      );
    });
    // Stopped before it listened: whoever stops it does not wait for `ready`.
    this.ready.catch(() => {});
  }

  /** What the process has written to stdout and stderr. */
  get output(): string {
    return this.log;
  }

  /** Whether the process still runs. */
  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends `signal` unless the process has ended; resolves with its exit code once it has. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.running) this.child.kill(signal);
    return await this.exited;
  }
}
