import { CamelCasePlugin, Kysely, type LogEvent, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Logger } from '../logger';
import { sqlSpans } from '../observability/sql-tracing';

// bigint (int8) and numeric come back as strings by default; counts and ids fit in a
// JS number here, and a string that looks like a number invites silent bugs.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export interface DatabaseOptions {
  url: string;
  /** The service's own Postgres schema; it comes first on the search path. */
  schema: string;
  /** Pool size: each service keeps its own pool. */
  poolMax?: number;
  /** Application name shown in pg_stat_activity. */
  applicationName?: string;
  /** Called after every statement: logging, and statement counting in tests. */
  onQuery?: (event: LogEvent) => void;
  logger?: Logger;
}

/** Each database's pool, for what reads its use (pool-metrics.ts). */
const pools = new WeakMap<Kysely<unknown>, pg.Pool>();

/** The pg pool under a database `createDatabase` opened. */
export function poolOf(db: Kysely<unknown>): pg.Pool | undefined {
  return pools.get(db);
}

/**
 * A Kysely database (camelCase in code, snake_case in SQL) on a `pg` pool whose connections use the service's schema
 * (then `public`, where shared extensions such as cube and earthdistance live).
 */
export function createDatabase<DB>(options: DatabaseOptions): Kysely<DB> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolMax ?? 10,
    application_name: options.applicationName ?? options.schema,
    options: `-c search_path=${quoteIdent(options.schema)},public`,
    idleTimeoutMillis: 30_000,
  });
  // An idle client can lose its server (restart, failover); without a listener
  // that error would crash the process instead of being retried on next checkout.
  pool.on('error', (error) => options.logger?.warn({ err: error }, 'idle database client failed'));
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    // Tables use snake_case, TypeScript camelCase; the plugin maps between them. Only
    // column names: keys inside jsonb documents are data (an Open311 attribute code such
    // as LOCATION_IN_ROAD) and come back as they were written.
    plugins: [new CamelCasePlugin({ maintainNestedObjectKeys: true })],
    log: everyQueryHook(options.onQuery, sqlSpans(options.schema)),
  });
  pools.set(db as Kysely<unknown>, pool);
  return db;
}

/** Kysely's `log` hook running each given one; none at all when none is given. */
function everyQueryHook(
  ...hooks: Array<((event: LogEvent) => void) | null | undefined>
): ((event: LogEvent) => void) | undefined {
  const given = hooks.filter((hook) => hook != null);
  if (given.length <= 1) return given[0];
  return (event) => {
    for (const hook of given) hook(event);
  };
}

/** Quotes a Postgres identifier; schema names come from code, but never trust a string. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
