// Test helper: imported by test files only.

import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEST_SECRETS } from '@civicgraph/platform/testing';
import type { RunningStack } from './start-stack';

const gatewayDir = fileURLToPath(new URL('../../gateway/', import.meta.url));

export interface GatewayProcessOptions {
  /** More environment over the defaults below (OUTBOX_DATABASE_URL, …). */
  env?: Record<string, string>;
  /** Modules node loads before the gateway (`--import`): hooks a test installs. */
  imports?: string[];
}

/**
 * The gateway as its own process (what its container runs: gateway/src/main.ts) in
 * front of a running stack's subgraphs, with the test secrets. The handle exists from
 * the spawn on, so a test's afterAll can stop the process even when it never got ready.
 */
export class GatewayProcess {
  readonly child: ChildProcess;
  /** The gateway's GraphQL URL once it listens; rejects when the process exits first. */
  readonly ready: Promise<string>;
  /** Resolves with the exit code (null when a signal ended it). */
  readonly exited: Promise<number | null>;
  private log = '';

  constructor(stack: RunningStack, options: GatewayProcessOptions = {}) {
    const imports = (options.imports ?? []).flatMap((module) => ['--import', module]);
    this.child = spawn(process.execPath, ['--import', 'tsx', ...imports, 'src/main.ts'], {
      cwd: gatewayDir,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'info',
        GATEWAY_SIGNING_SECRET: TEST_SECRETS.callerSigning,
        ACCESS_TOKEN_SECRET: TEST_SECRETS.accessToken,
        ...Object.fromEntries(stack.subgraphs.map((s) => [`${s.name.toUpperCase()}_URL`, s.url])),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Should the test process end without its afterAll (a worker torn down), the
    // gateway ends with it rather than outliving the run.
    const killOnExit = () => this.child.kill('SIGKILL');
    process.once('exit', killOnExit);
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code) => {
        process.off('exit', killOnExit);
        resolve(code);
      }),
    );
    this.ready = new Promise((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        this.log += chunk;
        const listening =
          /"url":"(http:\/\/127\.0\.0\.1:\d+\/graphql)".*"msg":"gateway is listening"/.exec(
            this.log,
          );
        if (listening) resolve(listening[1]!);
      };
      // Read to the end, also after it listens: a full pipe would block its logging.
      this.child.stdout?.on('data', onData);
      this.child.stderr?.on('data', onData);
      this.child.once('exit', (code, signal) =>
        reject(new Error(`gateway exited with ${code ?? signal}:\n${this.log}`)),
      );
    });
    // Stopped before it listened: the test that stops it does not wait for `ready`.
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
