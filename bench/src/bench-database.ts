import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createLogger, createScratchDatabase, startEmbeddedPostgres } from '@civicgraph/platform';
import { freePort, reachableTempFolder } from '@civicgraph/platform/testing';

export interface BenchDatabase {
  url: string;
  /** Where it runs, for the report. */
  server: string;
  /** Drops the database (and stops the embedded server, if this started one). */
  drop(): Promise<void>;
}

/**
 * A fresh database for one in-process benchmark: on the server at TEST_DATABASE_URL or
 * DATABASE_URL (the machine's own PostgreSQL) when set, as the tests and the stack
 * take them, otherwise on a throwaway embedded PostgreSQL.
 */
export async function benchDatabase(prefix: string): Promise<BenchDatabase> {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) {
    const database = await createScratchDatabase(given, prefix);
    return {
      url: database.url,
      server: 'the machine’s PostgreSQL',
      drop: async () => void (await database.drop()),
    };
  }
  const folder = await reachableTempFolder(`${prefix}-pg-`);
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(folder, 'cluster'),
    port: await freePort(),
    logger: createLogger('bench-postgres', 'warn'),
    persistent: false,
  });
  const stop = async () => {
    await postgres.stop();
    await rm(folder, { recursive: true, force: true });
  };
  try {
    const database = await createScratchDatabase(postgres.url, prefix);
    return {
      url: database.url,
      server: 'embedded PostgreSQL',
      drop: async () => {
        await database.drop();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
