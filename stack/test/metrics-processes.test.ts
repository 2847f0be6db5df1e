import { parsePrometheusText, postGraphQL, sampleValue } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SUBGRAPH_DEPLOYABLES } from '../src/process-stack';
import { type SeededProcessStack, startSeededProcessStack } from '../src/seeded-process-stack';

// Every deployable as its own process, configured as in production: METRICS_TOKEN
// from the environment opens each one's /metrics to Prometheus (a subgraph's too,
// which answers nothing else unsigned), and nothing else does.

const TOKEN = 'process-metrics-token-0123456789';

let stack: SeededProcessStack | undefined;

beforeAll(async () => {
  stack = await startSeededProcessStack({
    city: null,
    env: { NODE_ENV: 'production', METRICS_TOKEN: TOKEN },
  });
});

afterAll(async () => {
  await stack?.close();
});

async function scrape(graphqlUrl: string, token?: string) {
  const response = await fetch(new URL('/metrics', graphqlUrl), {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const text = await response.text();
  return { status: response.status, text };
}

it("opens the gateway's /metrics with the token only", async () => {
  const gateway = stack!.gatewayUrls[0]!;
  const answer = await postGraphQL(gateway, 'query Catalog { services { code } }');
  expect(answer.errors).toBeUndefined();

  expect((await scrape(gateway)).status).toBe(401);
  expect((await scrape(gateway, 'not-the-metrics-token')).status).toBe(403);
  const scraped = await scrape(gateway, TOKEN);
  expect(scraped.status).toBe(200);
  const samples = parsePrometheusText(scraped.text);
  expect(
    sampleValue(samples, 'civicgraph_graphql_operations_total', { operation: 'Catalog' }),
  ).toBe(1);
  expect(
    sampleValue(samples, 'civicgraph_gateway_subgraph_fetches_total', {
      subgraph: 'requests',
      outcome: 'ok',
    }),
  ).toBe(1);
  expect(sampleValue(samples, 'civicgraph_gateway_subscriptions_active')).toBe(0);
});

it("opens each subgraph's /metrics to the token, without the gateway's signature", async () => {
  for (const name of SUBGRAPH_DEPLOYABLES) {
    const url = await stack!.subgraphs[name].ready;
    const refused = await scrape(url);
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const scraped = await scrape(url, TOKEN);
    expect(scraped.status).toBe(200);
    const samples = parsePrometheusText(scraped.text);
    expect(
      sampleValue(samples, 'civicgraph_db_pool_max_connections', { pool: name }),
    ).toBeGreaterThan(0);
    expect(samples.some((s) => s.name === 'process_cpu_user_seconds_total')).toBe(true);
  }
});
