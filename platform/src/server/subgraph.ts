import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { Kysely, LogEvent } from 'kysely';
import type { z } from 'zod';
import { assertEveryFieldHasRule } from '../access/access-rules';
import type { Caller } from '../access/caller';
import { requireSignedCaller } from '../access/require-signed-caller';
import type { AccessSecrets } from '../access/secrets';
import { createDatabase, poolOf } from '../database/create-database';
import { migrateToLatest } from '../database/migrate';
import type { Logger } from '../logger';
import type { MetricsAccess } from '../observability/metrics-access';
import { METRICS_PATH } from '../observability/metrics-route';
import { observePool } from '../observability/pool-metrics';
import { ServiceMetrics } from '../observability/service-metrics';
import { READY_PATH, type RunningServer, startGraphQLServer } from './graphql-server';
import { type PeerGraph, peerGraph } from './peer-graph';
import { publicOriginOf } from './public-origin';

/**
 * What every resolver of a subgraph gets: the subgraph's own database, the caller the
 * gateway signed, and the access secrets (accounts issues tokens with them). It is a
 * new object for every request, because loadable types keep their DataLoaders per context.
 */
export interface SubgraphContext<DB> {
  db: Kysely<DB>;
  caller: Caller;
  secrets: AccessSecrets;
  /** Other subgraphs, asked as the same caller (see peer-graph.ts). */
  peers: PeerGraph;
  /**
   * The origin the client reached the gateway at (`PUBLIC_ORIGIN_HEADER`), for URLs
   * written absolute in this answer; null when the caller named none (a peer, a test,
   * a subscription's read): write them root-relative then.
   */
  publicOrigin: string | null;
}

/**
 * Everything the platform needs to serve one subgraph: its schema, and its own Postgres
 * schema and migrations; every request gets a `SubgraphContext`. Demo data is not the
 * runtime's business: a subgraph's demo seed is defined apart from it (@civicgraph/demo-city).
 * `DB` names the subgraph's tables, so that the database opened for it is typed.
 */
export interface SubgraphDefinition<DB> {
  /** Service name; also the name of its Postgres schema. */
  name: string;
  migrationsFolder: string;
  buildSchema(): GraphQLSchema;
  /**
   * HTTP routes beside `/graphql` (REST for the gateway or partners). They sit behind
   * the same signature check: `request.caller` is the verified caller.
   */
  routes?(app: FastifyInstance, services: SubgraphServices<DB>): void;
  /**
   * Work the subgraph does on its own while it serves (schedulers): started with the
   * server, stopped before its pool closes. Returns the function that stops it.
   */
  background?(services: SubgraphServices<DB>): () => Promise<void>;
  /**
   * The subgraph's own variables (its schedulers' intervals), keyed by variable name.
   * The process's and the stack's config modules load them with their own, so every
   * bad variable is reported at once; the subgraph reads them from `services.config`.
   */
  config?: z.ZodObject;
}

/** What a subgraph's routes and background work get: its pool, secrets and peers. */
export interface SubgraphServices<DB> {
  db: Kysely<DB>;
  /** The database's URL, for work that needs a connection of its own (LISTEN). */
  databaseUrl: string;
  secrets: AccessSecrets;
  peers: PeerGraph;
  logger: Logger;
  /** The loaded configuration its `config` variables are taken from ({} in tests: defaults). */
  config: Readonly<Record<string, unknown>>;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry of subgraphs with different databases
export type AnySubgraph = SubgraphDefinition<any>;

export interface SubgraphDatabaseOptions {
  databaseUrl: string;
  poolMax?: number;
  logger?: Logger;
  onQuery?: (event: LogEvent) => void;
}

/** The subgraph's own pool, on its own schema. */
export function openSubgraphDatabase<DB>(
  definition: SubgraphDefinition<DB>,
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

export async function migrateSubgraph<DB>(definition: SubgraphDefinition<DB>, db: Kysely<DB>) {
  return migrateToLatest(db, { schema: definition.name, folder: definition.migrationsFolder });
}

export interface RunningSubgraph<DB> extends RunningServer {
  name: string;
  db: Kysely<DB>;
}

export interface SubgraphServerOptions extends SubgraphDatabaseOptions {
  host: string;
  port: number;
  logger: Logger;
  secrets: AccessSecrets;
  /**
   * GraphQL URLs of the other subgraphs, by name, read when a peer is asked (a
   * launcher may fill the object in as they start).
   */
  peerUrls?: Readonly<Record<string, string>>;
  /** Leaves background work (schedulers) off: tests that drive it themselves. */
  withoutBackground?: boolean;
  /** The loaded configuration holding the subgraph's own `config` variables. */
  config?: Readonly<Record<string, unknown>>;
  /** Who may read `/metrics` (Prometheus scrapes it directly, with the token). */
  metricsAccess?: MetricsAccess;
}

/**
 * Serves a subgraph over HTTP, to the gateway only: every request but `/health` and
 * `/metrics` (which has its token) must carry the caller the gateway signed for it. A
 * schema with a field that has no access rule is refused here. `close()` drains
 * requests, then ends its pool.
 */
export async function startSubgraph<DB>(
  definition: SubgraphDefinition<DB>,
  options: SubgraphServerOptions,
): Promise<RunningSubgraph<DB>> {
  const logger = options.logger.child({ subgraph: definition.name });
  const schema = definition.buildSchema();
  assertEveryFieldHasRule(definition.name, schema);
  const { secrets } = options;
  const db = openSubgraphDatabase(definition, { ...options, logger });
  const peers = peerGraph(options.peerUrls ?? {}, secrets.callerSigning);
  const services: SubgraphServices<DB> = {
    db,
    databaseUrl: options.databaseUrl,
    secrets,
    peers,
    logger,
    config: options.config ?? {},
  };
  const metrics = new ServiceMetrics();
  const pool = poolOf(db as Kysely<unknown>);
  if (pool) observePool(metrics, definition.name, pool);
  const server = await startGraphQLServer({
    name: definition.name,
    metrics: {
      service: metrics,
      ...(options.metricsAccess ? { access: options.metricsAccess } : {}),
    },
    logger,
    host: options.host,
    port: options.port,
    schema,
    context: async (request): Promise<SubgraphContext<DB>> => ({
      db,
      caller: request.caller,
      secrets,
      peers,
      publicOrigin: publicOriginOf(request),
    }),
    healthChecks: {
      database: () => db.selectNoFrom((eb) => eb.val(1).as('ok')).execute(),
    },
    configure: (app) => {
      requireSignedCaller(app, {
        audience: definition.name,
        secret: secrets.callerSigning,
        // /metrics checks its own token (metrics-access.ts): Prometheus signs nothing.
        openPaths: ['/health', READY_PATH, METRICS_PATH],
      });
      definition.routes?.(app, services);
    },
  });
  const stopBackground = options.withoutBackground ? null : definition.background?.(services);
  return {
    ...server,
    name: definition.name,
    db,
    close: async () => {
      await server.close();
      await stopBackground?.();
      await db.destroy();
    },
  };
}
