import type { GraphQLSchema } from 'graphql';
import type { Kysely, LogEvent } from 'kysely';
import { createDatabase } from '../database/create-database';
import { migrateToLatest } from '../database/migrate';
import type { Logger } from '../logger';
import { type RunningServer, startGraphQLServer } from './graphql-server';

/**
 * Everything the platform needs to serve one subgraph: its schema, its own Postgres
 * schema and migrations, and its per-request context. Demo data is not the runtime's
 * business: a subgraph's demo seed is defined apart from it (see @civicgraph/demo-city).
 */
export interface SubgraphDefinition<DB, Context extends object> {
  /** Service name; also the name of its Postgres schema. */
  name: string;
  migrationsFolder: string;
  buildSchema(): GraphQLSchema;
  createContext(db: Kysely<DB>): Context;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry of subgraphs with different databases
export type AnySubgraph = SubgraphDefinition<any, object>;

export interface SubgraphDatabaseOptions {
  databaseUrl: string;
  poolMax?: number;
  logger?: Logger;
  onQuery?: (event: LogEvent) => void;
}

/** The subgraph's own pool, on its own schema. */
export function openSubgraphDatabase<DB>(
  definition: SubgraphDefinition<DB, object>,
  options: SubgraphDatabaseOptions,
): Kysely<DB> {
  return createDatabase<DB>({
    url: options.databaseUrl,
    schema: definition.name,
    applicationName: `civicgraph-${definition.name}`,
    ...(options.poolMax ? { poolMax: options.poolMax } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
  });
}

export async function migrateSubgraph<DB>(
  definition: SubgraphDefinition<DB, object>,
  db: Kysely<DB>,
) {
  return migrateToLatest(db, { schema: definition.name, folder: definition.migrationsFolder });
}

export interface RunningSubgraph<DB> extends RunningServer {
  name: string;
  db: Kysely<DB>;
}

/** Serves a subgraph over HTTP; `close()` drains requests, then ends its pool. */
export async function startSubgraph<DB, Context extends object>(
  definition: SubgraphDefinition<DB, Context>,
  options: SubgraphDatabaseOptions & { host: string; port: number; logger: Logger },
): Promise<RunningSubgraph<DB>> {
  const logger = options.logger.child({ subgraph: definition.name });
  const db = openSubgraphDatabase(definition, { ...options, logger });
  const server = await startGraphQLServer({
    name: definition.name,
    logger,
    host: options.host,
    port: options.port,
    schema: definition.buildSchema(),
    context: async () => definition.createContext(db),
    healthChecks: {
      database: () => db.selectNoFrom((eb) => eb.val(1).as('ok')).execute(),
    },
  });
  return {
    ...server,
    name: definition.name,
    db,
    close: async () => {
      await server.close();
      await db.destroy();
    },
  };
}
