import type { Caller, InProcessOperations } from '@civicgraph/platform';
import type { FastifyInstance } from 'fastify';
import type { GatewayContext } from '../subgraph-data-source';
import { LiveSubscriptions } from './live-subscriptions';
import { OutboxFeed } from './outbox-feed';
import { installSubscriptionServer, type SubscriptionServerOptions } from './websocket-server';

/** Real time as configured: the outbox's database and the subscription settings. */
export interface RealtimeOptions {
  /** The database holding `requests.outbox_events` (read only). */
  databaseUrl: string;
  keepAliveMilliseconds?: number;
  recheckMilliseconds?: number;
  pollMilliseconds?: number;
  maxSubscriptionsPerConnection?: number;
}

/** The door and the limits the gateway's HTTP side already has, shared with the socket. */
export type RealtimeSettings = Omit<
  SubscriptionServerOptions,
  'app' | 'live' | 'recheckMilliseconds' | 'keepAliveMilliseconds' | 'maxSubscriptionsPerConnection'
>;

/** What the gateway reports of its subscriptions (tests, benchmarks, operators). */
export interface RealtimeStatus {
  stats(): ReturnType<LiveSubscriptions['stats']> & {
    connections: number;
    /** Bytes queued in the gateway for its slowest connection (websocket-server.ts). */
    largestSendBuffer: number;
  };
  /** The LISTEN connection's backend pid (null while it reconnects). */
  listenerPid(): number | null;
}

/**
 * The gateway's subscriptions: its one outbox feed, the subscriptions it serves from
 * it, and the graphql-ws server on the GraphQL path. Entity fields are read through
 * the gateway's own pipeline (`operations.execute`), as the subscriber.
 */
export async function startRealtime(options: RealtimeOptions, settings: RealtimeSettings) {
  const feed = await OutboxFeed.start({
    databaseUrl: options.databaseUrl,
    logger: settings.logger,
    ...(options.pollMilliseconds ? { pollMilliseconds: options.pollMilliseconds } : {}),
  });
  let execute: InProcessOperations<GatewayContext>['execute'] | null = null;
  const live: LiveSubscriptions = new LiveSubscriptions(
    feed,
    (query, variables, caller: Caller) => {
      if (!execute) throw new Error('The gateway is not serving yet');
      return execute(
        { query, variables },
        {
          caller,
          persistedOperationsOnly: false,
          onSubgraphFetch: () => {
            live.counters.subgraphFetches++;
          },
        },
      );
    },
    settings.logger.child({ component: 'subscriptions' }),
  );
  let server: ReturnType<typeof installSubscriptionServer> | null = null;
  return {
    live,
    /** Serves subscriptions on the app's GraphQL path (before it listens). */
    install(app: FastifyInstance, operations: InProcessOperations<GatewayContext>) {
      execute = operations.execute;
      server = installSubscriptionServer({
        app,
        live,
        ...settings,
        recheckMilliseconds: options.recheckMilliseconds ?? 60_000,
        keepAliveMilliseconds: options.keepAliveMilliseconds ?? 12_000,
        maxSubscriptionsPerConnection: options.maxSubscriptionsPerConnection ?? 50,
      });
    },
    status: {
      stats: () => ({
        ...live.stats(),
        connections: server?.connections() ?? 0,
        largestSendBuffer: server?.largestSendBuffer() ?? 0,
      }),
      listenerPid: () => feed.listenerPid,
    } satisfies RealtimeStatus,
    /** Whether the outbox can be read now (the gateway's /health). */
    check: () => feed.newestWritten(),
    /** Connections first (clients go elsewhere with their last ids), then the feed. */
    async close() {
      await server?.close();
      await feed.close();
    },
  };
}
