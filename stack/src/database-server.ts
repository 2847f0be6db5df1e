import path from 'node:path';
import {
  ensureDatabase,
  type Logger,
  startEmbeddedPostgres,
  withDatabase,
} from '@civicgraph/platform';
import type { StackConfig } from './config';

export interface DatabaseServer {
  /** URL of the database to use. */
  url: string;
  /** Stops the embedded server, if this process started one. */
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise an embedded PostgreSQL whose data survives
 * restarts in DATA_DIR/postgres (as root, possibly a link to where the `postgres` OS
 * user can reach it). `database` names a database to create (if missing) and use on
 * that server; null uses DATABASE_URL's own database, or EMBEDDED_PG_DATABASE.
 */
export async function openDatabaseServer(
  config: StackConfig,
  logger: Logger,
  database: string | null,
): Promise<DatabaseServer> {
  if (config.DATABASE_URL) {
    logger.info('using the PostgreSQL server at DATABASE_URL');
    if (!database) return { url: config.DATABASE_URL, stop: async () => {} };
    await ensureDatabase(config.DATABASE_URL, database);
    return { url: withDatabase(config.DATABASE_URL, database), stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.join(config.DATA_DIR, 'postgres'),
    port: config.EMBEDDED_PG_PORT,
    logger,
  });
  const name = database ?? config.EMBEDDED_PG_DATABASE;
  try {
    await ensureDatabase(server.url, name);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: withDatabase(server.url, name), stop: server.stop };
}
