import type { Logger, ServiceMetrics } from '@civicgraph/platform';
import { Gauge } from 'prom-client';
import type { RealtimeStatus } from '../realtime/realtime';
import { observedCounter } from './observed-counter';

/** How long a scrape waits for the outbox's newest id before it gives up on the lag. */
const LAG_READ_TIMEOUT_MS = 1000;

export interface ObservedRealtime {
  status: RealtimeStatus;
  /** The newest id in the outbox now, read from it. */
  newestWritten(): Promise<bigint>;
}

/**
 * The subscriptions as Prometheus sees them, read from the counts they already keep
 * (`stats()`) when it scrapes: subscribers and connections now, events read and
 * delivered so far, and how far the gateway's feed is behind the outbox.
 */
export function observeRealtime(
  metrics: ServiceMetrics,
  realtime: ObservedRealtime,
  logger: Logger,
) {
  const registry = metrics.registry;
  const stats = () => realtime.status.stats();
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });

  gauge(
    'civicgraph_gateway_subscriptions_active',
    'Subscriptions this gateway serves now',
    () => stats().subscribers,
  );
  gauge(
    'civicgraph_gateway_subscription_groups',
    'Groups of subscriptions whose payloads are built once for all their subscribers',
    () => stats().groups,
  );
  gauge(
    'civicgraph_gateway_subscription_connections',
    'WebSocket connections open for subscriptions',
    () => stats().connections,
  );
  gauge(
    'civicgraph_gateway_subscription_largest_send_buffer_bytes',
    'Bytes queued for the slowest subscription connection',
    () => stats().largestSendBuffer,
  );
  observedCounter(
    registry,
    'civicgraph_gateway_subscription_events_delivered_total',
    'Event payloads handed to subscribers',
    () => stats().deliveries,
  );
  observedCounter(
    registry,
    'civicgraph_gateway_subscription_payloads_built_total',
    'Event payloads built (once per group and event)',
    () => stats().payloads,
  );
  observedCounter(
    registry,
    'civicgraph_gateway_subscription_entity_queries_total',
    'Entity queries run through the gateway to build payloads',
    () => stats().entityQueries,
  );
  observedCounter(
    registry,
    'civicgraph_gateway_outbox_events_read_total',
    'Events the gateway has read from the outbox',
    () => stats().feed.eventsRead,
  );
  observedCounter(
    registry,
    'civicgraph_gateway_outbox_reconnects_total',
    'Times the outbox LISTEN connection was opened again after it dropped',
    () => stats().feed.reconnects,
  );
  observedCounter(
    registry,
    'civicgraph_gateway_outbox_catch_up_reads_total',
    'Reads of older events than the gateway keeps, for subscribers catching up',
    () => stats().feed.catchUpReads,
  );
  gauge(
    'civicgraph_gateway_outbox_read_position',
    'Newest outbox event id the gateway has read',
    () => Number(stats().feed.newest),
  );
  new Gauge({
    name: 'civicgraph_gateway_outbox_lag_events',
    help: 'Outbox events written but not yet read by this gateway (NaN when the outbox cannot be read)',
    registers: [registry],
    async collect() {
      try {
        const newest = await withTimeout(realtime.newestWritten(), LAG_READ_TIMEOUT_MS);
        const read = BigInt(stats().feed.newest);
        this.set(Number(newest > read ? newest - read : 0n));
      } catch (error) {
        // Not 0, which would read as caught up. The scrape still answers: an unreadable
        // outbox shows on /health and in the logs.
        this.set(Number.NaN);
        logger.debug({ err: error }, 'outbox lag not measured');
      }
    },
  });
}

function withTimeout<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${milliseconds} ms`)), milliseconds);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
