import { ConfigError, loadConfig, type RunningServer } from '@civicgraph/platform';
import { parsePrometheusText, sampleValue } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessOptionsFromConfig } from '../src';
import { accessConfig } from '../src/config';
import { HAPPY_ANSWERS, post, StubSubgraphs, startTestGateway } from './harness';

// The gateway's /metrics behind METRICS_TOKEN: each subgraph call counted by how it
// ended (answered, answered with errors, failed), and the operations by name.

const TOKEN = 'gateway-metrics-token-0123456789';

let stubs: StubSubgraphs;
let gateway: RunningServer;
let metricsUrl: URL;

beforeAll(async () => {
  stubs = await new StubSubgraphs({
    ...HAPPY_ANSWERS,
    // A refusal: the client's mistake, with a code.
    accounts: {
      status: 400,
      body: { errors: [{ message: 'no such thing', extensions: { code: 'BAD_USER_INPUT' } }] },
    },
    // A crash: no usable answer.
    assets: { status: 500, body: { errors: [{ message: 'database on fire' }] } },
  }).start();
  gateway = await startTestGateway(stubs.urls, { metricsToken: TOKEN });
  metricsUrl = new URL('/metrics', gateway.url);
});

afterAll(async () => {
  await gateway?.close();
  await stubs?.close();
});

async function scrape() {
  const response = await fetch(metricsUrl, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  return parsePrometheusText(await response.text());
}

it('refuses a scrape without the token, even from this machine', async () => {
  const response = await fetch(metricsUrl);
  expect(response.status).toBe(401);
  expect(await response.json()).toEqual({
    errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }],
  });
});

it('counts subgraph calls by subgraph and outcome, and operations by name', async () => {
  await post(gateway.url, { query: 'query Catalog { services { code } }' });
  await post(gateway.url, { query: 'query Departments { departments { name } }' });
  await post(gateway.url, { query: 'query CityName { city { name } }' });

  const samples = await scrape();
  const fetches = (subgraph: string, outcome: string) =>
    sampleValue(samples, 'civicgraph_gateway_subgraph_fetches_total', { subgraph, outcome });
  expect(fetches('requests', 'ok')).toBe(1);
  expect(fetches('accounts', 'errors')).toBe(1);
  expect(fetches('assets', 'failed')).toBe(1);
  expect(
    sampleValue(samples, 'civicgraph_gateway_subgraph_fetch_duration_seconds_count', {
      subgraph: 'assets',
      outcome: 'failed',
    }),
  ).toBe(1);
  for (const operation of ['Catalog', 'Departments', 'CityName']) {
    expect(
      sampleValue(samples, 'civicgraph_graphql_operations_total', { operation, type: 'query' }),
    ).toBe(1);
  }
  const errors = (code: string) =>
    sampleValue(samples, 'civicgraph_graphql_errors_total', { code });
  expect(errors('BAD_USER_INPUT')).toBe(1);
  expect(errors('INTERNAL_SERVER_ERROR')).toBeGreaterThanOrEqual(1);
  // No outbox configured: no subscription figures to report.
  expect(samples.some((s) => s.name.startsWith('civicgraph_gateway_subscription'))).toBe(false);
});

describe('METRICS_TOKEN', () => {
  it('is read into the access options, unset as null', () => {
    expect(accessOptionsFromConfig(loadConfig(accessConfig, {})).metricsToken).toBeNull();
    expect(
      accessOptionsFromConfig(loadConfig(accessConfig, { METRICS_TOKEN: TOKEN })).metricsToken,
    ).toBe(TOKEN);
  });

  it('refuses a token short enough to guess', () => {
    expect(() => loadConfig(accessConfig, { METRICS_TOKEN: 'short' })).toThrow(ConfigError);
  });
});
