import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { trace } from '@opentelemetry/api';
import { afterEach, describe, expect, it } from 'vitest';
import {
  activeTracer,
  type CallerContext,
  createLogger,
  createSubgraphBuilder,
  type RunningServer,
  startGraphQLServer,
  startTracing,
} from '../src';

function helloSchema() {
  const { builder } = createSubgraphBuilder<CallerContext>();
  builder.queryFields((t) => ({ hello: t.string({ resolve: () => 'hi' }) }));
  return builder.toSchema();
}

/** A server whose log lines (debug and up) land in `lines`. */
async function startServer(lines: Array<Record<string, unknown>>): Promise<RunningServer> {
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return startGraphQLServer({
    name: 'hello',
    logger: createLogger('hello', 'debug', { destination }),
    host: '127.0.0.1',
    port: 0,
    schema: helloSchema(),
    context: async () => ({}),
  });
}

async function askHello(server: RunningServer, headers: Record<string, string>) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: 'query Hello { hello }' }),
  });
  expect(await response.json()).toEqual({ data: { hello: 'hi' } });
  return response;
}

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const closers: Array<() => Promise<unknown>> = [];

afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

describe('tracing', () => {
  it('installs nothing with no endpoint configured; request ids are still logged', async () => {
    const tracing = startTracing({ service: 'hello', config: {} });
    closers.push(() => tracing.shutdown());
    expect(activeTracer()).toBeNull();
    // The API's global provider is still the no-op one: spans record nothing.
    expect(trace.getTracer('any').startSpan('probe').isRecording()).toBe(false);

    const lines: Array<Record<string, unknown>> = [];
    const server = await startServer(lines);
    closers.push(() => server.close());
    const response = await askHello(server, { traceparent: TRACEPARENT, 'x-request-id': 'r-1' });
    expect(response.headers.get('x-request-id')).toBe('r-1');
    const operation = lines.find((line) => line.msg === 'graphql operation');
    expect(operation).toMatchObject({ requestId: 'r-1', operation: 'query Hello' });
    expect(operation).not.toHaveProperty('traceId');
  });

  it('exports spans over OTLP/HTTP to the configured endpoint', async () => {
    const received: Array<{ path: string | undefined; type: string | undefined; body: string }> =
      [];
    const collector: Server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        received.push({ path: request.url, type: request.headers['content-type'], body });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => collector.close(resolve)));
    const { port } = collector.address() as AddressInfo;

    const tracing = startTracing({
      service: 'hello',
      config: {
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
        OTEL_SERVICE_NAME: 'hello-east',
      },
    });
    closers.push(() => tracing.shutdown());
    expect(activeTracer()).not.toBeNull();
    const lines: Array<Record<string, unknown>> = [];
    const server = await startServer(lines);
    await askHello(server, { traceparent: TRACEPARENT });
    const health = await fetch(server.url.replace('/graphql', '/health'));
    expect(health.headers.get('x-request-id')).toBeTruthy();
    await health.body?.cancel();
    await server.close();
    await tracing.shutdown(); // flushes the batch

    expect(received.length).toBeGreaterThan(0);
    expect(received[0]!.path).toBe('/v1/traces');
    const exported = received.map((r) => r.body).join('\n');
    expect(exported).toContain('hello-east');
    expect(exported).toContain('query Hello');
    expect(exported).toContain('4bf92f3577b34da6a3ce929d0e0e4736');
    // Health probes get a request id but no trace: they would drown the others.
    expect(exported).not.toContain('/health');
    const operation = lines.find((line) => line.msg === 'graphql operation');
    expect(operation).toMatchObject({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736' });
  });
});
