import { parsePrometheusText, sampleValue } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LiveCity } from './live-city';

// What Prometheus reads of the running stack: after a federated query and an event
// delivered to a subscriber, the gateway's /metrics shows the query by its operation
// name, the subgraph calls it made, the subscription and the delivery, and a
// subgraph's /metrics its database pool. The stack runs without METRICS_TOKEN, so
// this machine (the test) may read them.

let city: LiveCity;

beforeAll(async () => {
  city = await LiveCity.start();
});
afterAll(() => city?.close());

async function scrape(origin: string) {
  const response = await fetch(new URL('/metrics', origin));
  expect(response.status).toBe(200);
  return parsePrometheusText(await response.text());
}

it('shows the operations, subgraph calls, subscriptions and deliveries of the gateway', async () => {
  const { workOrders } = await city.query<{
    workOrders: { edges: Array<{ node: { assignee: unknown; department: { name: string } } }> };
  }>(
    city.dispatcher,
    `query DispatchBoard {
      workOrders(first: 20) { edges { node { id department { name } assignee { name } asset { tag } } } }
    }`,
  );
  expect(workOrders.edges.length).toBeGreaterThan(0);

  const work = (await city.openWork())[0]!;
  const connection = city.connect();
  const live = connection.subscribe(
    'subscription WatchWork { workOrderChanged { eventId workOrder { id status } } }',
  );
  await city.untilSubscribed(1);
  await work.assign();
  await live.received(1);

  const samples = await scrape(city.stack.url);
  expect(
    sampleValue(samples, 'civicgraph_graphql_operations_total', {
      operation: 'DispatchBoard',
      type: 'query',
    }),
  ).toBe(1);
  expect(
    sampleValue(samples, 'civicgraph_graphql_operation_duration_seconds_count', {
      operation: 'DispatchBoard',
    }),
  ).toBe(1);
  // The board's query is planned over requests and accounts (department, assignee).
  for (const subgraph of ['requests', 'accounts']) {
    expect(
      sampleValue(samples, 'civicgraph_gateway_subgraph_fetches_total', {
        subgraph,
        outcome: 'ok',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sampleValue(samples, 'civicgraph_gateway_subgraph_fetch_duration_seconds_count', {
        subgraph,
        outcome: 'ok',
      }),
    ).toBeGreaterThanOrEqual(1);
  }
  expect(sampleValue(samples, 'civicgraph_gateway_subscriptions_active')).toBe(1);
  expect(sampleValue(samples, 'civicgraph_gateway_subscription_connections')).toBe(1);
  expect(
    sampleValue(samples, 'civicgraph_gateway_subscription_events_delivered_total'),
  ).toBeGreaterThanOrEqual(1);
  expect(
    sampleValue(samples, 'civicgraph_gateway_outbox_events_read_total'),
  ).toBeGreaterThanOrEqual(1);
  // The feed has read the event it delivered; nothing was written since.
  expect(sampleValue(samples, 'civicgraph_gateway_outbox_read_position')).toBe(
    Number(await city.newestEventId()),
  );
  expect(sampleValue(samples, 'civicgraph_gateway_outbox_lag_events')).toBe(0);
  expect(samples.some((s) => s.name === 'process_resident_memory_bytes')).toBe(true);

  await connection.close();
  await city.until(() => city.realtime.stats().subscribers === 0, 'the subscription to end');
  const after = await scrape(city.stack.url);
  expect(sampleValue(after, 'civicgraph_gateway_subscriptions_active')).toBe(0);
});

it("shows each subgraph's database pool on the subgraph's own /metrics", async () => {
  for (const subgraph of city.stack.subgraphs) {
    const samples = await scrape(subgraph.url);
    const pool = { pool: subgraph.name };
    // Requests has answered the board and the changes; a subgraph nobody asked may hold none.
    expect(sampleValue(samples, 'civicgraph_db_pool_connections', pool)).toBeGreaterThanOrEqual(
      subgraph.name === 'requests' ? 1 : 0,
    );
    expect(
      sampleValue(samples, 'civicgraph_db_pool_idle_connections', pool),
    ).toBeGreaterThanOrEqual(0);
    expect(sampleValue(samples, 'civicgraph_db_pool_waiting_requests', pool)).toBe(0);
    expect(sampleValue(samples, 'civicgraph_db_pool_max_connections', pool)).toBeGreaterThan(0);
    // Only its own: a subgraph makes no subgraph calls, and reports no other's pool.
    expect(samples.some((s) => s.name.startsWith('civicgraph_gateway_'))).toBe(false);
    expect(samples.filter((s) => s.name === 'civicgraph_db_pool_connections')).toHaveLength(1);
  }
});
