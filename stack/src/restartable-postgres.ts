// Test helper: imported by test files only.

import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createLogger, type RunningPostgres, startEmbeddedPostgres } from '@civicgraph/platform';
import { freePort, reachableTempFolder } from '@civicgraph/platform/testing';

/**
 * A PostgreSQL server of a test's own (the embedded binaries, in a temp folder the
 * `postgres` OS user can reach when we run as root), which the test may stop and
 * start again on the same port with the same data: a database restart, as an
 * outage or a failover looks to its clients. `destroy()` stops it and deletes it.
 */
export class RestartablePostgres {
  private running: RunningPostgres | null;
  /** Connection URL of its `postgres` database; the same across restarts. */
  readonly url: string;

  private constructor(
    private readonly folder: string,
    private readonly port: number,
    running: RunningPostgres,
  ) {
    this.running = running;
    this.url = running.url;
  }

  static async start(): Promise<RestartablePostgres> {
    const folder = await reachableTempFolder('civicgraph-restartable-pg-');
    try {
      const port = await freePort();
      return new RestartablePostgres(folder, port, await RestartablePostgres.run(folder, port));
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
  }

  /** A fast shutdown: sessions are ended, the server exits. */
  async stop(): Promise<void> {
    const running = this.running;
    this.running = null;
    await running?.stop();
  }

  /** Starts it again on the same port and data; resolves once it accepts connections. */
  async restart(): Promise<void> {
    if (this.running) return;
    this.running = await RestartablePostgres.run(this.folder, this.port);
  }

  async destroy(): Promise<void> {
    await this.stop();
    await rm(this.folder, { recursive: true, force: true });
  }

  private static run(folder: string, port: number) {
    return startEmbeddedPostgres({
      dataDir: path.join(folder, 'cluster'),
      port,
      logger: createLogger('test-postgres', 'warn'),
      // Kept on stop: a restart finds its data; destroy() deletes the folder.
      persistent: true,
    });
  }
}
