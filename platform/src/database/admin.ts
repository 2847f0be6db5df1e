import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { quoteIdent } from './create-database';

/** Runs work on a short-lived connection of its own (outside any pool or transaction). */
async function withAdminClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database if it does not exist yet (CREATE DATABASE has no IF NOT EXISTS). */
export async function ensureDatabase(serverUrl: string, name: string) {
  await withAdminClient(serverUrl, async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!found.rowCount) await client.query(`create database ${quoteIdent(name)}`);
  });
}

/**
 * Updates planner statistics and the visibility map of the whole database. Freshly
 * bulk-loaded tables have neither until autovacuum gets round to them, and until
 * then counts scan the heap instead of an index.
 */
export async function vacuumAnalyze(databaseUrl: string) {
  await withAdminClient(databaseUrl, (client) => client.query('vacuum (analyze)'));
}

/** Returns `url` with its database name replaced. */
export function withDatabase(url: string, database: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/**
 * A fresh, uniquely named database for one test file, so test files can run in
 * parallel against one server. `drop()` removes it even if connections linger.
 */
export async function createScratchDatabase(serverUrl: string, prefix = 'cg_test') {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, (client) => client.query(`create database ${quoteIdent(name)}`));
  return {
    name,
    url: withDatabase(serverUrl, name),
    drop: () =>
      withAdminClient(serverUrl, (client) =>
        client.query(`drop database if exists ${quoteIdent(name)} with (force)`),
      ),
  };
}
