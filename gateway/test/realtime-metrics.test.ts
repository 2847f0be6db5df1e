import { createLogger, ServiceMetrics } from '@civicgraph/platform';
import { parsePrometheusText, sampleValue } from '@civicgraph/platform/testing';
import { expect, it } from 'vitest';
import { observeRealtime } from '../src/observability/realtime-metrics';
import type { RealtimeStatus } from '../src/realtime/realtime';

// The subscription figures come from the counts realtime keeps; the lag also asks the
// outbox, and a scrape must answer whether or not the outbox does.

const STATS: ReturnType<RealtimeStatus['stats']> = {
  subscribers: 3,
  groups: 2,
  entityQueries: 5,
  subgraphFetches: 9,
  payloads: 5,
  deliveries: 12,
  connections: 2,
  largestSendBuffer: 0,
  feed: { eventsRead: 7, reconnects: 1, catchUpReads: 0, newest: '40' },
};
const status: RealtimeStatus = { stats: () => STATS, listenerPid: () => 1 };
const logger = createLogger('test', 'silent');

async function scrape(newestWritten: () => Promise<bigint>) {
  const metrics = new ServiceMetrics();
  observeRealtime(metrics, { status, newestWritten }, logger);
  return parsePrometheusText(await metrics.exposition());
}

it('reports the counts realtime keeps, and the lag as written minus read', async () => {
  const samples = await scrape(async () => 45n);
  expect(sampleValue(samples, 'civicgraph_gateway_subscriptions_active')).toBe(3);
  expect(sampleValue(samples, 'civicgraph_gateway_subscription_events_delivered_total')).toBe(12);
  expect(sampleValue(samples, 'civicgraph_gateway_outbox_reconnects_total')).toBe(1);
  expect(sampleValue(samples, 'civicgraph_gateway_outbox_read_position')).toBe(40);
  expect(sampleValue(samples, 'civicgraph_gateway_outbox_lag_events')).toBe(5);
});

it('answers with the lag unknown (NaN, not 0) when the outbox fails or does not answer', async () => {
  for (const newestWritten of [
    () => Promise.reject(new Error('connection refused')),
    () => new Promise<bigint>(() => {}),
  ]) {
    const samples = await scrape(newestWritten);
    expect(sampleValue(samples, 'civicgraph_gateway_outbox_lag_events')).toBeNaN();
    expect(sampleValue(samples, 'civicgraph_gateway_subscriptions_active')).toBe(3);
  }
});
