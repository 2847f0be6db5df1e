import { Writable } from 'node:stream';
import { createLogger, startTracing, type Tracing } from '@civicgraph/platform';
import { SpanKind } from '@opentelemetry/api';
import {
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunningStack } from '../src';
import { signInAs, startSeededStack } from '../src/testing';

const spans = new InMemorySpanExporter();
/** Every JSON line the stack logs, debug and up. */
const logLines: Array<Record<string, unknown>> = [];
let tracing: Tracing;
let stack: RunningStack;
let dispatcher: Record<string, string>;

const FEDERATED_QUERY = `
  query DispatcherBoard {
    workOrders(first: 20, filter: { open: true }) {
      edges { node { id number assignee { id name } asset { id tag } } }
    }
  }
`;

beforeAll(async () => {
  // Before the stack starts: its servers and pools decide at start whether to trace.
  tracing = startTracing({
    service: 'test',
    config: {},
    spanProcessor: new SimpleSpanProcessor(spans),
  });
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  stack = await startSeededStack({
    city: { seed: 14, requests: 60, now: new Date('2026-11-01T15:00:00Z') },
    logger: createLogger('test', 'debug', { destination }),
  });
  dispatcher = await signInAs(stack.url, 'DISPATCHER');
});

afterAll(async () => {
  await stack?.close();
  await tracing?.shutdown();
});

beforeEach(() => {
  spans.reset();
});

async function post(document: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${stack.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...dispatcher, ...headers },
    body: JSON.stringify({ query: document }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return response;
}

const serviceOf = (span: ReadableSpan) => span.attributes['civicgraph.service'];
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;
const idOf = (span: ReadableSpan) => span.spanContext().spanId;

/**
 * The spans of the trace whose gateway server span is named `name`, once that span
 * (the last to end: after the response is written) has ended.
 */
async function traceOf(name: string) {
  const root = await vi.waitFor(
    () => {
      const found = spans
        .getFinishedSpans()
        .find((s) => s.kind === SpanKind.SERVER && serviceOf(s) === 'gateway' && s.name === name);
      if (!found) throw new Error(`no gateway span named ${name} yet`);
      return found;
    },
    { timeout: 10_000, interval: 20 },
  );
  const traceId = root.spanContext().traceId;
  return {
    root,
    trace: spans.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId),
  };
}

describe('tracing through the federated graph', () => {
  it('follows one query from the gateway into each subgraph and its SQL, in one trace', async () => {
    await post(FEDERATED_QUERY);
    const { root, trace } = await traceOf('query DispatcherBoard');
    expect(root.parentSpanContext).toBeUndefined();
    expect(root.attributes['graphql.operation.name']).toBe('DispatcherBoard');
    const byId = new Map(trace.map((s) => [idOf(s), s]));

    // The gateway's calls to subgraphs are its children…
    const calls = trace.filter((s) => s.kind === SpanKind.CLIENT && s.attributes['peer.service']);
    expect(new Set(calls.map((s) => s.attributes['peer.service']))).toEqual(
      new Set(['requests', 'accounts', 'assets']),
    );
    for (const call of calls) expect(parentOf(call)).toBe(idOf(root));

    // …each subgraph's server span is the child of the call that reached it…
    const subgraphServers = trace.filter(
      (s) => s.kind === SpanKind.SERVER && serviceOf(s) !== 'gateway',
    );
    expect(new Set(subgraphServers.map(serviceOf))).toEqual(
      new Set(['requests', 'accounts', 'assets']),
    );
    for (const server of subgraphServers) {
      const call = byId.get(parentOf(server)!);
      expect(call?.attributes['peer.service']).toBe(serviceOf(server));
      // A GraphQL call is named after the operation the query planner sent; others
      // (the gateway asking accounts who the caller is) after their route.
      if (server.attributes['http.route'] === '/graphql') {
        expect(server.name).toMatch(/^query DispatcherBoard__\w+__\d+$/);
      } else {
        expect(server.name).toBe(`POST ${server.attributes['http.route']}`);
      }
    }

    // …and each subgraph's SQL runs under that subgraph's server span.
    const statements = trace.filter((s) => s.attributes['db.system.name'] === 'postgresql');
    const schemas = new Set(statements.map((s) => s.attributes['db.namespace']));
    expect(schemas).toContain('requests');
    expect(schemas).toContain('accounts');
    for (const statement of statements) {
      const server = byId.get(parentOf(statement)!);
      expect(server?.kind).toBe(SpanKind.SERVER);
      expect(serviceOf(server!)).toBe(statement.attributes['db.namespace']);
      expect(String(statement.attributes['db.query.text'])).toMatch(/^\s*select/i);
    }
    // Nothing in the trace hangs off a span outside it.
    for (const span of trace) if (span !== root) expect(byId.has(parentOf(span)!)).toBe(true);
  });

  it("continues a client's traceparent", async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const clientSpanId = '00f067aa0ba902b7';
    await post('query ClientTraced { workOrders(first: 1) { totalCount } }', {
      traceparent: `00-${traceId}-${clientSpanId}-01`,
    });
    const { root, trace } = await traceOf('query ClientTraced');
    expect(root.spanContext().traceId).toBe(traceId);
    expect(root.parentSpanContext?.spanId).toBe(clientSpanId);
    expect(trace.some((s) => s.kind === SpanKind.SERVER && serviceOf(s) === 'requests')).toBe(true);
  });
});

describe('tracing through the HTTP routes', () => {
  it('follows a REST call from the gateway to the subgraph that serves it', async () => {
    const response = await fetch(`${stack.url}/open311/v2/services.json`, {
      headers: { 'x-request-id': 'open311-trace-1' },
    });
    expect(response.status).toBe(200);
    await response.body?.cancel();
    const root = await vi.waitFor(
      () => {
        const found = spans
          .getFinishedSpans()
          .find(
            (s) =>
              serviceOf(s) === 'gateway' &&
              s.attributes['civicgraph.request_id'] === 'open311-trace-1',
          );
        if (!found) throw new Error('no gateway span for the call yet');
        return found;
      },
      { timeout: 10_000, interval: 20 },
    );
    const trace = spans
      .getFinishedSpans()
      .filter((s) => s.spanContext().traceId === root.spanContext().traceId);
    const call = trace.find((s) => s.kind === SpanKind.CLIENT && parentOf(s) === idOf(root));
    expect(call?.attributes['peer.service']).toBe('requests');
    const served = trace.find((s) => s.kind === SpanKind.SERVER && parentOf(s) === idOf(call!));
    expect(serviceOf(served!)).toBe('requests');
    // The subgraph kept the gateway's request id.
    expect(served!.attributes['civicgraph.request_id']).toBe('open311-trace-1');
  });
});

describe('request ids', () => {
  it("puts the request's id and trace id on every line logged for it, in every service", async () => {
    const traceId = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
    const requestId = 'lb-7f3a-0001';
    const response = await post(FEDERATED_QUERY.replace('DispatcherBoard', 'LoggedBoard'), {
      traceparent: `00-${traceId}-1111111111111111-01`,
      'x-request-id': requestId,
    });
    expect(response.headers.get('x-request-id')).toBe(requestId);
    await traceOf('query LoggedBoard');

    const lines = logLines.filter((line) => line.requestId === requestId);
    // The gateway's line and one per subgraph the query reached.
    const services = new Set(lines.map((line) => line.subgraph ?? 'gateway'));
    expect(services).toEqual(new Set(['gateway', 'requests', 'accounts', 'assets']));
    for (const line of lines) expect(line.traceId).toBe(traceId);
    // No line about this operation left without its ids.
    const aboutIt = logLines.filter((line) => String(line.operation).includes('LoggedBoard'));
    expect(aboutIt.length).toBeGreaterThanOrEqual(4);
    for (const line of aboutIt) expect(line).toMatchObject({ requestId, traceId });
  });

  it('gives a request without a well-formed id one of its own, and answers it', async () => {
    for (const sent of [undefined, 'has spaces', 'x'.repeat(129), 'new\nline']) {
      const response = await fetch(`${stack.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(sent ? { 'x-request-id': sent } : {}) },
        body: JSON.stringify({ query: '{ __typename }' }),
      }).catch(() => null);
      // Node's fetch itself refuses a header with a newline: nothing to check then.
      if (!response) continue;
      await response.body?.cancel();
      const answered = response.headers.get('x-request-id');
      expect(answered).toMatch(/^[0-9a-f-]{36}$/);
      expect(answered).not.toBe(sent);
    }
  });
});
