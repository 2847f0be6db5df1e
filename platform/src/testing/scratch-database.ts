import { inject } from 'vitest';
import { createScratchDatabase } from '../database/admin';
// Brings in the type of the `postgresUrl` the global setup provides.
import type {} from './postgres-global-setup';

/** A database of its own for one test file, on the run's PostgreSQL server. */
export function scratchDatabase() {
  return createScratchDatabase(inject('postgresUrl'));
}
