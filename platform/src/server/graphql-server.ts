import {
  ApolloServer,
  type ApolloServerOptions,
  type ApolloServerPlugin,
  type BaseContext,
} from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from 'fastify';
import type { FormattedExecutionResult, GraphQLSchema, ValidationRule } from 'graphql';
import { formatGraphQLError } from '../graphql/format-error';
import { rejectUnstorableArguments } from '../graphql/reject-unstorable-arguments';
import type { Logger } from '../logger';
import { requestIdOf } from '../observability/request-scope';
import { instrumentServer, type ServerMetricsOptions } from '../observability/server-metrics';
import { operationTracing, traceRequests } from '../observability/server-tracing';

/** What the server executes: a schema (a subgraph), or a gateway (the public entry). */
export type GraphQLSource =
  | { schema: GraphQLSchema; gateway?: never }
  | { gateway: GatewayInterface; schema?: never };

export type GraphQLServerOptions<Context extends BaseContext> = GraphQLSource &
  ServerOptions<Context>;

interface ServerOptions<Context extends BaseContext> {
  /** Service name, used in logs and the health response. */
  name: string;
  logger: Logger;
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  context: (request: FastifyRequest) => Promise<Context>;
  /**
   * What the service depends on, each checked: `{ database: check }`. /health runs
   * them all and answers 503, naming the failing ones, when any throws.
   */
  healthChecks?: Record<string, () => Promise<unknown>>;
  /**
   * Adds routes or hooks to the HTTP server before it listens (static files, REST,
   * WebSockets); `operations` runs GraphQL in-process, as a request with that context would.
   */
  configure?: (
    app: FastifyInstance,
    operations: InProcessOperations<Context>,
  ) => Promise<void> | void;
  plugins?: ApolloServerPlugin<Context>[];
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** Rules run after GraphQL's own on every new document (Apollo caches validated ones). */
  validationRules?: ValidationRule[];
  /**
   * Whether introspection is served at all. Unset, Apollo Server decides from
   * `process.env.NODE_ENV`; a service with its own policy (the gateway) says `true`.
   */
  introspection?: boolean;
  /** Apollo Server's automatic persisted queries: its own cache, another one, or off. */
  persistedQueries?: ApolloServerOptions<Context>['persistedQueries'];
  /** Take the client's address from `X-Forwarded-For` (behind a load balancer only). */
  trustProxy?: boolean;
  /**
   * How requests Fastify cannot route at all are answered (a path with a broken
   * %-escape): Fastify's own JSON 400 unless said.
   */
  frameworkErrors?: FastifyServerOptions['frameworkErrors'];
  /** `/metrics`: the registry the service adds its own metrics to, and who may read it. */
  metrics?: ServerMetricsOptions;
}

/** GraphQL run in-process through the server's whole pipeline (plugins, limits, gateway). */
export interface InProcessOperations<Context extends BaseContext> {
  execute(
    request: { query: string; variables?: Record<string, unknown> },
    context: Context,
  ): Promise<FormattedExecutionResult>;
}

export interface RunningServer {
  url: string;
  port: number;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** How long in-flight requests get to finish when a server closes. */
const DRAIN_DEADLINE_MS = 10_000;

/**
 * Apollo Server on Fastify at `/graphql`, with `/health`, error masking and a drain on
 * close so that in-flight requests finish during a graceful shutdown.
 */
/** Readiness of this instance alone (see below); `/health` also checks what it depends on. */
export const READY_PATH = '/health/ready';

export async function startGraphQLServer<Context extends BaseContext>(
  options: GraphQLServerOptions<Context>,
): Promise<RunningServer> {
  const log = options.logger;
  const app: FastifyInstance = Fastify({
    loggerInstance: log.child({ component: 'http' }) as FastifyBaseLogger,
    // Per-request logs would drown the service logs; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimit ?? 1_048_576,
    trustProxy: options.trustProxy ?? false,
    // Closing while clients hold keep-alive sockets would otherwise wait for them.
    forceCloseConnections: 'idle',
    // A well-formed `x-request-id` is kept, so one id follows a request across services.
    genReqId: requestIdOf,
    ...(options.frameworkErrors ? { frameworkErrors: options.frameworkErrors } : {}),
  });
  traceRequests(app, options.name);

  const requestMetrics = instrumentServer(app, options.metrics, log);

  const apollo = new ApolloServer<Context>({
    ...(options.gateway ? { gateway: options.gateway } : { schema: options.schema }),
    includeStacktraceInErrorResponses: false,
    ...(options.validationRules ? { validationRules: options.validationRules } : {}),
    ...(options.introspection !== undefined ? { introspection: options.introspection } : {}),
    ...(options.persistedQueries !== undefined
      ? { persistedQueries: options.persistedQueries }
      : {}),
    // The process owns its shutdown order (gateway, subgraphs, pools, database);
    // Apollo's own handlers would stop this server and re-send the signal mid-way.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatGraphQLError(formatted, error, log, options.name),
    plugins: [
      fastifyApolloDrainPlugin(app),
      requestMetrics.apolloPlugin<Context>(),
      // Federated traces are for Apollo's hosted reporting, which we do not use.
      ApolloServerPluginInlineTraceDisabled(),
      // Text PostgreSQL cannot store is refused here, once, for every argument.
      rejectUnstorableArguments<Context>(),
      operationTracing<Context>(log),
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();

  app.get('/health', async (_request, reply) => {
    const names = Object.keys(options.healthChecks ?? {});
    const outcomes = await Promise.allSettled(names.map((name) => options.healthChecks![name]!()));
    const checks = Object.fromEntries(
      names.map((name, i) => [name, outcomes[i]!.status === 'fulfilled' ? 'ok' : 'unavailable']),
    );
    const failed = outcomes.flatMap((o, i) =>
      o.status === 'rejected' ? [[names[i], o.reason]] : [],
    );
    if (failed.length === 0) return { status: 'ok', service: options.name, checks };
    log.warn({ failed: Object.fromEntries(failed) }, 'health check failed');
    return reply.code(503).send({ status: 'unavailable', service: options.name, checks });
  });
  // Whether this instance takes traffic: it serves, and is not shutting down. Unlike
  // /health it asks no dependency: a gateway with a subgraph down still serves partial
  // data, and a balancer that took every gateway out for it would turn a partial outage
  // into a whole one (deploy/k8s probes the gateway here, the subgraphs at /health).
  let draining = false;
  app.get(READY_PATH, async (_request, reply) => {
    if (draining) return reply.code(503).send({ status: 'draining', service: options.name });
    return { status: 'ready', service: options.name };
  });
  await options.configure?.(app, {
    execute: async (request, context) => {
      const response = await apollo.executeOperation(request, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('Incremental delivery is not used here');
      return response.body.singleResult;
    },
  });
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: (request) => options.context(request),
  });

  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}/graphql`;
  log.info({ url }, `${options.name} is listening`);

  return {
    url,
    port,
    app,
    close: async () => {
      draining = true;
      // Closing closes the connections idle at that moment; one busy then (a peer's
      // request in flight) goes idle later and keep-alive would hold it open, and this
      // close with it, for its 72 s. Close those as they go idle, and cut whatever is
      // left after the drain deadline.
      const idle = setInterval(() => app.server.closeIdleConnections(), 100);
      const deadline = setTimeout(() => app.server.closeAllConnections(), DRAIN_DEADLINE_MS);
      try {
        await app.close(); // also stops Apollo through the drain plugin's onClose hook
      } finally {
        clearInterval(idle);
        clearTimeout(deadline);
      }
      await apollo.stop();
    },
  };
}
