import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  type AccessSecrets,
  type Logger,
  type RunningServer,
  startGraphQLServer,
} from '@civicgraph/platform';
import { accountsLookup } from './access/accounts-lookup';
import { Authenticator } from './access/authenticate';
import { admission, gatewayContext, installFrontDoor } from './access/front-door';
import { RateLimits } from './access/rate-limits';
import { type AccessOverrides, resolveAccessOptions } from './access-options';
import { createGateway } from './create-gateway';
import { secureHttp } from './http-security';
import { operationCostLimit } from './limits/operation-cost';
import { shapeLimits } from './limits/shape-limits';
import { GatewayMetrics } from './observability/gateway-metrics';
import { introspectionPolicy } from './policy/introspection-policy';
import { PersistedOperations, persistedOnlyPolicy } from './policy/persisted-operations';
import { subscriptionsOverWebSocket } from './policy/subscriptions-over-websocket';
import { type RealtimeOptions, type RealtimeStatus, startRealtime } from './realtime/realtime';
import { PUBLIC_SUBGRAPH_ROUTES } from './routes/public-routes';
import { subgraphRoutes } from './routes/subgraph-routes';
import { answerUnreadableUrl } from './routes/unreadable-url';
import { serveConsole } from './serve-console';
import type { GatewayContext } from './subgraph-data-source';

export interface StartGatewayOptions {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  secrets: AccessSecrets;
  host: string;
  port: number;
  logger: Logger;
  /** The console's production build; null serves the API only. */
  consoleDir: string | null;
  /** Limits, rate limits, caches, CORS, production mode: the config's defaults where unset. */
  access?: AccessOverrides;
  /** Subscriptions from the requests outbox; unset serves none (the socket is refused). */
  realtime?: RealtimeOptions;
}

export interface RunningGateway extends RunningServer {
  /** The subscriptions' counters and LISTEN connection; null without real time. */
  realtime: RealtimeStatus | null;
}

const GRAPHQL_PATH = '/graphql';
/** What this origin serves besides the console; the console never answers for them. */
// `/tiles` as a whole: an unknown layer is a JSON 404, not the console's page.
const API_PATHS = [
  GRAPHQL_PATH,
  '/health',
  '/tiles',
  ...PUBLIC_SUBGRAPH_ROUTES.map((route) => route.prefix),
];

/** A subgraph's own /health, beside its /graphql; a slow answer counts as down. */
async function subgraphHealth(graphqlUrl: string) {
  const response = await fetch(new URL('/health', graphqlUrl), {
    signal: AbortSignal.timeout(2000),
  });
  if (!response.ok) throw new Error(`${graphqlUrl} health answered ${response.status}`);
}

/**
 * The one public origin: `/graphql`, `/health`, the subgraphs' HTTP routes
 * (`/photos`, see routes/public-routes.ts) and the console at `/`. Every GraphQL
 * request is verified once (front door: credentials, rate limit, tokens), then
 * checked against the operation limits and policies, all before the gateway plans a
 * single subgraph call; the verified caller is what it signs to each subgraph.
 */
export async function startGateway(options: StartGatewayOptions): Promise<RunningGateway> {
  const logger = options.logger.child({ server: 'gateway' });
  const access = resolveAccessOptions(options.access);
  const accountsUrl = options.subgraphUrls.accounts;
  if (!accountsUrl) throw new Error('No URL configured for subgraph "accounts"');
  const persisted = PersistedOperations.load(access.persistedOperationsPath);
  const authenticator = new Authenticator({
    lookup: accountsLookup(accountsUrl, options.secrets.callerSigning),
    accessTokenSecret: options.secrets.accessToken,
    apiKeySeconds: access.callerCache.apiKeySeconds,
    sessionSeconds: access.callerCache.sessionSeconds,
    logger,
  });
  const rateLimits = await RateLimits.start(access.rateLimits, logger);
  const shape = shapeLimits(access.limits, access.production);
  const admit = admission({ authenticator, rateLimits, rateLimitOptions: access.rateLimits });
  const metrics = new GatewayMetrics();
  let realtime: Awaited<ReturnType<typeof startRealtime>> | null = null;
  try {
    if (options.realtime) {
      realtime = await startRealtime(options.realtime, {
        path: GRAPHQL_PATH,
        admit,
        isPersisted: (hash) => persisted.has(hash),
        validationRules: shape.validationRules,
        maxTokens: access.limits.maxTokens,
        maxCost: access.limits.maxCost,
        maxMessageBytes: access.limits.maxBodyBytes,
        trustProxy: access.trustProxy,
        logger,
      });
    }
    if (realtime)
      metrics.observeRealtime({ status: realtime.status, newestWritten: realtime.check }, logger);
    const gateway = createGateway({
      ...options,
      signingSecret: options.secrets.callerSigning,
      logger,
      fetchMetrics: metrics.subgraphFetches,
    });
    const live = realtime?.live;
    if (live) gateway.onSchemaLoadOrUpdate(({ apiSchema }) => live.useApiSchema(apiSchema));
    const server = await startGraphQLServer<GatewayContext>({
      name: 'gateway',
      logger,
      frameworkErrors: answerUnreadableUrl(PUBLIC_SUBGRAPH_ROUTES),
      host: options.host,
      port: options.port,
      gateway,
      // The gateway can serve only as much of the graph as its subgraphs can.
      healthChecks: {
        ...Object.fromEntries(
          Object.entries(options.subgraphUrls).map(([name, url]) => [
            name,
            () => subgraphHealth(url),
          ]),
        ),
        // Subscriptions need the outbox's database.
        ...(realtime ? { outbox: realtime.check } : {}),
      },
      context: async (request) => gatewayContext(request),
      bodyLimit: access.limits.maxBodyBytes,
      trustProxy: access.trustProxy,
      metrics: {
        service: metrics.service,
        access: { token: access.metricsToken, production: access.production },
      },
      validationRules: shape.validationRules,
      // Served, then allowed or refused per caller by introspectionPolicy.
      introspection: true,
      persistedQueries: { cache: persisted.apolloCache },
      plugins: [
        ...shape.plugins,
        operationCostLimit(access.limits.maxCost),
        introspectionPolicy(access.production),
        subscriptionsOverWebSocket(),
        persistedOnlyPolicy(persisted),
        // Apollo's landing page embeds its hosted Sandbox (third-party scripts and
        // frames) that the CSP refuses; the console is this origin's page.
        ApolloServerPluginLandingPageDisabled(),
      ],
      configure: async (app, operations) => {
        app.addHook('onClose', () => rateLimits.close());
        if (realtime) {
          const running = realtime;
          running.install(app, operations);
          // Before the server waits for its connections: sockets would hold it open.
          app.addHook('preClose', () => running.close());
        }
        await secureHttp(app, { corsOrigins: access.corsOrigins, production: access.production });
        installFrontDoor(app, {
          authenticator,
          rateLimits,
          rateLimitOptions: access.rateLimits,
          maxTokens: access.limits.maxTokens,
          maxBodyBytes: access.limits.maxBodyBytes,
          path: GRAPHQL_PATH,
        });
        // /photos and the like: the same door, then the subgraph that serves them.
        await app.register(
          subgraphRoutes({
            // Uploads (relayed as they arrive) take the upload limit, not GraphQL's.
            routes: PUBLIC_SUBGRAPH_ROUTES.map((route) =>
              route.streamedBody ? { ...route, maxBodyBytes: access.limits.maxUploadBytes } : route,
            ),
            subgraphUrls: options.subgraphUrls,
            signingSecret: options.secrets.callerSigning,
            admit,
            logger,
          }),
        );
        if (options.consoleDir) await serveConsole(app, options.consoleDir, API_PATHS);
      },
    });
    return { ...server, realtime: realtime?.status ?? null };
  } catch (error) {
    await realtime?.close();
    await rateLimits.close();
    throw error;
  }
}
