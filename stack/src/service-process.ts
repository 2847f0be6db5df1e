// Test and launcher helper: one deployable as its own OS process.

import { type ChildProcess, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
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

/**
 * How much of a process's output is kept for `output`: enough for the lines before a
 * crash, bounded so that a launcher running for weeks does not grow with its logs.
 */
const OUTPUT_TAIL_CHARS = 64 * 1024;

export interface ServiceProcessOptions {
  /** The process's environment over this one's (DATABASE_URL, PORT, secrets, …). */
  env: Record<string, string>;
  /** Modules node loads before the deployable (`--import`): hooks a test installs. */
  imports?: string[];
  /** Sees each line the process writes (stdout and stderr), as it comes: log forwarding. */
  onLine?: (line: string, from: ServiceProcess) => void;
  /**
   * Runs the process in a process group of its own, so a terminal's Ctrl-C (sent to
   * the whole foreground group) reaches only the launcher, which then stops its
   * children in order.
   */
  ownProcessGroup?: boolean;
  /** Node's own flags for the process (`--cpu-prof`, which NODE_OPTIONS refuses). */
  nodeFlags?: string[];
}

/**
 * A deployable's `src/main.ts` as a child process, its output read to the end. The
 * handle exists from the spawn on, so a test's afterAll (or the launcher's Ctrl-C) can
 * stop the process even when it never got ready. Should this process end without
 * stopping it — even killed outright — the child exits with it rather than outliving
 * it: it holds the child's stdin, whose end the child takes as the signal to stop.
 */
export class ServiceProcess {
  readonly child: ChildProcess;
  /** The GraphQL URL once the process listens; rejects when the process exits first. */
  readonly ready: Promise<string>;
  /** Resolves with the exit code (null when a signal ended it), once its output is read. */
  readonly exited: Promise<number | null>;
  /** The environment it was given over this process's own. */
  readonly env: Readonly<Record<string, string>>;
  private tail = '';
  private stopRequested = false;

  constructor(
    readonly name: Deployable,
    options: ServiceProcessOptions,
  ) {
    const imports = (options.imports ?? []).flatMap((module) => ['--import', module]);
    this.env = options.env;
    const nodeFlags = options.nodeFlags ?? [];
    this.child = spawn(
      process.execPath,
      [...nodeFlags, '--import', 'tsx', ...imports, 'src/main.ts'],
      {
        cwd: fileURLToPath(new URL(PACKAGE_DIRS[name], import.meta.url)),
        env: { ...process.env, EXIT_WITH_LAUNCHER: 'true', ...options.env },
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: options.ownProcessGroup ?? false,
      },
    );
    // The pipe is never written: its only message is closing, when this process ends.
    this.child.stdin?.on('error', () => {});
    const killOnExit = () => this.child.kill('SIGKILL');
    process.once('exit', killOnExit);
    const listening = new RegExp(`"url":"(http://[^"]+/graphql)".*"msg":"${name} is listening"`);
    let onListening: (url: string) => void = () => {};
    this.ready = new Promise((resolve) => {
      onListening = resolve;
    });
    const onLine = (line: string) => {
      const found = listening.exec(line);
      if (found) onListening(found[1]!);
      options.onLine?.(line, this);
    };
    // Read to the end, also after it listens: a full pipe would block its logging.
    const read = (stream: Readable | null) => {
      let partial = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        this.tail = (this.tail + chunk).slice(-OUTPUT_TAIL_CHARS);
        const lines = (partial + chunk).split('\n');
        partial = lines.pop()!;
        for (const line of lines) onLine(line);
      });
      stream?.on('end', () => {
        if (partial) onLine(partial);
      });
    };
    read(this.child.stdout);
    read(this.child.stderr);
    // 'close' rather than 'exit': by then every line it wrote has been read.
    this.exited = new Promise((resolve) =>
      this.child.once('close', (code) => {
        process.off('exit', killOnExit);
        resolve(code);
      }),
    );
    this.ready = Promise.race([
      this.ready,
      this.exited.then((code) => {
        throw new Error(
          `${name} exited with ${code ?? this.child.signalCode} before it listened:\n${this.tail}`,
        );
      }),
    ]);
    // Stopped before it listened: whoever stops it does not wait for `ready`.
    this.ready.catch(() => {});
  }

  /** The last of what the process has written to stdout and stderr (64 KiB at most). */
  get output(): string {
    return this.tail;
  }

  /** Whether the process still runs. */
  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Whether it was told to stop (by `stop`), as opposed to ending on its own. */
  get stopping(): boolean {
    return this.stopRequested;
  }

  /** Sends `signal` unless the process has ended; resolves with its exit code once it has. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    this.stopRequested = true;
    if (this.running) this.child.kill(signal);
    return await this.exited;
  }
}
