// Test helper: imported by test files only (it needs the vitest run's PostgreSQL).

import type { DemoCityOptions } from '@civicgraph/demo-city';
import { createLogger } from '@civicgraph/platform';
import { scratchDatabase, TEST_SECRETS } from '@civicgraph/platform/testing';
import { prepareDatabase } from './prepare-database';
import { type ProcessStack, startProcessStack } from './process-stack';

export interface SeededProcessStackOptions {
  /** The demo city to seed; null migrates only. */
  city: DemoCityOptions | null;
  /**
   * The database to seed and drop on close, instead of a scratch one on the test run's
   * server (a test that owns its PostgreSQL server).
   */
  database?: { url: string; drop(): Promise<unknown> };
  /** Environment for every process over the test defaults. */
  env?: Record<string, string>;
  gateways?: number;
}

export interface SeededProcessStack extends ProcessStack {
  /** The database every process uses (and the test may read or lock). */
  databaseUrl: string;
}

/**
 * Tests send requests in a tight loop from one address and one session: the rate
 * limits are raised out of their way (the gateway's own tests cover them).
 */
const TEST_ENV = {
  ANONYMOUS_RATE_LIMIT_PER_MINUTE: '1000000',
  STAFF_RATE_LIMIT_PER_MINUTE: '1000000',
  // Four subgraphs at the default 10 each, with everyone's tests on one shared server
  // (the machine's has max_connections 100), run it out of connections.
  DB_POOL_MAX: '4',
};

/**
 * Every subgraph and gateway as its own OS process on a database of its own, migrated
 * and seeded with a generated city, the gateways on port 0. `close()` stops every
 * process, then drops the database.
 */
export async function startSeededProcessStack(
  options: SeededProcessStackOptions,
): Promise<SeededProcessStack> {
  const database = options.database ?? (await scratchDatabase());
  try {
    await prepareDatabase({
      databaseUrl: database.url,
      logger: createLogger('test', 'silent'),
      city: options.city,
    });
    const stack = await startProcessStack({
      databaseUrl: database.url,
      secrets: TEST_SECRETS,
      host: '127.0.0.1',
      port: 0,
      consoleDir: null,
      ...(options.gateways ? { gateways: options.gateways } : {}),
      env: { ...TEST_ENV, ...options.env },
    });
    return {
      ...stack,
      databaseUrl: database.url,
      close: async () => {
        try {
          await stack.close();
        } finally {
          await database.drop();
        }
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
