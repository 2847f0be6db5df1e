import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CallerContext,
  createLogger,
  createSubgraphBuilder,
  decideMetricsAccess,
  type MetricsAccess,
  type RunningServer,
  startGraphQLServer,
} from '../src';
import { BoundedLabel, OTHER_LABEL } from '../src/observability/bounded-label';
import {
  parsePrometheusText,
  postGraphQL,
  type SeededSubgraph,
  sampleValue,
  startSeededSubgraph,
} from '../src/testing';
import { type NotesDatabase, notesSubgraph } from './fixtures/signed-subgraph';

// /metrics on every server: what it reports (requests by operation, errors by code,
// the process, a subgraph's pool) and who may read it (the token; without one, this
// machine only; in production without one, nobody).

const TOKEN = 'metrics-token-for-tests-0123456789';

function greetingSchema() {
  const { builder } = createSubgraphBuilder<CallerContext>();
  builder.queryFields((t) => ({
    hello: t.string({ resolve: () => 'world' }),
    broken: t.string({
      nullable: true,
      resolve: () => {
        throw new Error('a resolver failed');
      },
    }),
  }));
  return builder.toSchema();
}

function startServer(access?: MetricsAccess): Promise<RunningServer> {
  return startGraphQLServer({
    name: 'test',
    logger: createLogger('test', 'silent'),
    host: '127.0.0.1',
    port: 0,
    schema: greetingSchema(),
    context: async () => ({}),
    ...(access ? { metrics: { access } } : {}),
  });
}

async function getMetrics(server: RunningServer, headers: Record<string, string> = {}) {
  const response = await fetch(new URL('/metrics', server.url), { headers });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), text };
}

describe('the access rule', () => {
  const withToken: MetricsAccess = { token: TOKEN, production: true };
  const open: MetricsAccess = { token: null, production: false };
  const local = { socketAddress: '127.0.0.1', forwarded: false, authorization: undefined };
  const remote = { ...local, socketAddress: '10.1.2.3' };

  it('with a token, lets in whoever presents it, from anywhere, and nobody else', () => {
    expect(decideMetricsAccess(withToken, { ...remote, authorization: `Bearer ${TOKEN}` })).toEqual(
      { allowed: true },
    );
    expect(decideMetricsAccess(withToken, local)).toMatchObject({ allowed: false, status: 401 });
    expect(decideMetricsAccess(withToken, { ...local, authorization: 'Basic abc' })).toMatchObject({
      allowed: false,
      status: 401,
    });
    expect(
      decideMetricsAccess(withToken, { ...local, authorization: `Bearer ${TOKEN}x` }),
    ).toMatchObject({ allowed: false, status: 403, code: 'FORBIDDEN' });
  });

  it('without a token, lets in this machine only, and no proxied request', () => {
    expect(decideMetricsAccess(open, local)).toEqual({ allowed: true });
    expect(decideMetricsAccess(open, { ...local, socketAddress: '::1' })).toEqual({
      allowed: true,
    });
    expect(decideMetricsAccess(open, { ...local, socketAddress: '::ffff:127.0.0.1' })).toEqual({
      allowed: true,
    });
    for (const address of ['10.1.2.3', '::ffff:10.1.2.3', '2001:db8::1', '128.0.0.1', undefined]) {
      expect(decideMetricsAccess(open, { ...local, socketAddress: address })).toMatchObject({
        allowed: false,
        status: 403,
      });
    }
    // A proxy on this machine relays the public: its requests come from loopback.
    expect(decideMetricsAccess(open, { ...local, forwarded: true })).toMatchObject({
      allowed: false,
      status: 403,
    });
    // A token nobody configured opens nothing.
    expect(
      decideMetricsAccess(open, { ...remote, authorization: `Bearer ${TOKEN}` }),
    ).toMatchObject({ allowed: false, status: 403 });
  });

  it('in production without a token, serves nobody', () => {
    expect(decideMetricsAccess({ token: null, production: true }, local)).toMatchObject({
      allowed: false,
      status: 404,
      code: 'NOT_FOUND',
    });
  });
});

describe('a bounded label', () => {
  it('keeps the first distinct well-formed values and counts the rest as one', () => {
    const label = new BoundedLabel({ max: 2, pattern: /^[a-z]+$/ });
    expect(label.of('a')).toBe('a');
    expect(label.of('NOT-A-NAME')).toBe(OTHER_LABEL);
    expect(label.of('b')).toBe('b');
    expect(label.of('c')).toBe(OTHER_LABEL);
    expect(label.of('a')).toBe('a');
  });
});

describe('a server in development', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server?.close());

  it('reports its operations by name, their errors by code, and the process', async () => {
    await postGraphQL(server.url, 'query Greeting { hello }');
    await postGraphQL(server.url, 'query Greeting { hello }');
    await postGraphQL(server.url, '{ hello }');
    await postGraphQL(server.url, 'query Broken { broken }');
    await postGraphQL(server.url, '{ hello');
    await postGraphQL(server.url, `query ${'N'.repeat(101)} { hello }`);

    const answer = await getMetrics(server);
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parsePrometheusText(answer.text);
    const operations = (operation: string) =>
      sampleValue(samples, 'civicgraph_graphql_operations_total', { operation });
    expect(operations('Greeting')).toBe(2);
    expect(operations('(anonymous)')).toBe(1);
    expect(operations('(unresolved)')).toBe(1);
    // Longer than any name worth a time series of its own.
    expect(operations('(other)')).toBe(1);
    expect(
      sampleValue(samples, 'civicgraph_graphql_operation_duration_seconds_count', {
        operation: 'Greeting',
        type: 'query',
      }),
    ).toBe(2);
    const errors = (code: string) =>
      sampleValue(samples, 'civicgraph_graphql_errors_total', { code });
    expect(errors('GRAPHQL_PARSE_FAILED')).toBe(1);
    expect(errors('INTERNAL_SERVER_ERROR')).toBe(1);
    expect(
      sampleValue(samples, 'civicgraph_http_requests_total', {
        method: 'POST',
        route: '/graphql',
        status: '200',
      }),
    ).toBeGreaterThanOrEqual(4);
    expect(samples.some((s) => s.name === 'process_cpu_user_seconds_total')).toBe(true);
    expect(samples.some((s) => s.name === 'nodejs_eventloop_lag_seconds')).toBe(true);
    // Labels never carry what the client sent besides a bounded name: no ids, no callers.
    const labelNames = new Set(
      samples.filter((s) => s.name.startsWith('civicgraph_')).flatMap((s) => Object.keys(s.labels)),
    );
    expect([...labelNames].sort()).toEqual([
      'code',
      'le',
      'method',
      'operation',
      'route',
      'status',
      'type',
    ]);
  });

  it('counts a path no route serves under one label, not its URL', async () => {
    await fetch(new URL('/no/such/path/42', server.url));
    const samples = parsePrometheusText((await getMetrics(server)).text);
    expect(
      sampleValue(samples, 'civicgraph_http_requests_total', {
        route: '(unmatched)',
        status: '404',
      }),
    ).toBe(1);
    expect(samples.some((s) => Object.values(s.labels).includes('/no/such/path/42'))).toBe(false);
  });

  it('refuses a request a proxy forwarded, with a JSON body', async () => {
    const answer = await getMetrics(server, { 'x-forwarded-for': '127.0.0.1' });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.text)).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'FORBIDDEN' } }],
    });
  });
});

describe('a server in production', () => {
  it('without a token serves no metrics, even to this machine', async () => {
    const server = await startServer({ token: null, production: true });
    try {
      const answer = await getMetrics(server);
      expect(answer.status).toBe(404);
      expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('NOT_FOUND');
    } finally {
      await server.close();
    }
  });
});

describe("a subgraph's /metrics", () => {
  let subgraph: SeededSubgraph<NotesDatabase>;
  let url: URL;
  beforeAll(async () => {
    subgraph = await startSeededSubgraph(notesSubgraph, async () => {}, {
      metricsAccess: { token: TOKEN, production: true },
    });
    url = new URL('/metrics', subgraph.running.url);
  });
  afterAll(() => subgraph?.close());

  it('is reachable without the gateway signature, with the token only', async () => {
    const unsigned = await fetch(url);
    expect(unsigned.status).toBe(401);
    expect(unsigned.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(((await unsigned.json()) as { errors: unknown[] }).errors).toEqual([
      {
        message: expect.stringContaining('metrics token'),
        extensions: { code: 'UNAUTHENTICATED' },
      },
    ]);
    const wrong = await fetch(url, { headers: { authorization: 'Bearer not-the-token-at-all' } });
    expect(wrong.status).toBe(403);
    // The open path opens /metrics, not the graph.
    const graph = await postGraphQL(
      subgraph.running.url,
      '{ notes { text } }',
      {},
      {
        headers: { authorization: `Bearer ${TOKEN}` },
      },
    );
    expect(graph.status).toBe(401);
  });

  it('reports its database pool', async () => {
    await subgraph.query('{ notes { text } }');
    const answer = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(answer.status).toBe(200);
    const samples = parsePrometheusText(await answer.text());
    const pool = (name: string) => sampleValue(samples, name, { pool: 'notes' });
    expect(pool('civicgraph_db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(pool('civicgraph_db_pool_idle_connections')).toBeGreaterThanOrEqual(0);
    expect(pool('civicgraph_db_pool_waiting_requests')).toBe(0);
    expect(pool('civicgraph_db_pool_max_connections')).toBe(10);
  });
});
