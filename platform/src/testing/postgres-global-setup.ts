import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { createLogger } from '../logger';
import { freePort } from './free-port';
import { reachableTempFolder } from './reachable-temp-folder';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server for the whole run; each test file makes its own database on it. */
    postgresUrl: string;
  }
}

/**
 * Vitest global setup: TEST_DATABASE_URL when given (e.g. the machine's own server),
 * otherwise a throwaway embedded PostgreSQL that lives as long as the test run.
 */
export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return;
  }
  const dataDir = await reachableTempFolder('civicgraph-test-pg-');
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'cluster'),
    port: await freePort(),
    logger: createLogger('test-postgres', 'warn'),
    persistent: false,
  });
  project.provide('postgresUrl', postgres.url);
  return async () => {
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
