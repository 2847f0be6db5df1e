import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededProcessStack, startSeededProcessStack } from '../src/seeded-process-stack';
import { signInAs } from '../src/testing';

// The deployables as their own OS processes (what containers run), each started by its
// own entry point with OTEL_EXPORTER_OTLP_ENDPOINT set: every process exports its spans
// to a collector, and one request's spans, from four processes, share its trace.

interface ExportedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
}

/** OTLP/HTTP JSON bodies, flattened to the spans they carry. */
const exported: ExportedSpan[] = [];
let collector: Server;
let stack: SeededProcessStack | undefined;

interface OtlpBody {
  resourceSpans?: Array<{
    resource?: { attributes?: Array<{ key: string; value: { stringValue?: string } }> };
    scopeSpans?: Array<{ spans?: Array<Omit<ExportedSpan, 'service'>> }>;
  }>;
}

beforeAll(async () => {
  collector = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const parsed = JSON.parse(body) as OtlpBody;
      for (const resource of parsed.resourceSpans ?? []) {
        const service =
          resource.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue ??
          '';
        for (const scope of resource.scopeSpans ?? []) {
          for (const span of scope.spans ?? []) exported.push({ ...span, service });
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  const { port } = collector.address() as AddressInfo;

  stack = await startSeededProcessStack({
    city: { seed: 9, requests: 40, now: new Date('2026-11-01T15:00:00Z') },
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}` },
  });
});

afterAll(async () => {
  await stack?.close();
  await new Promise((resolve) => collector?.close(resolve));
});

describe('tracing across processes', () => {
  it("exports one request's spans from the gateway and each subgraph process in one trace", async () => {
    const dispatcher = await signInAs(stack!.url, 'DISPATCHER');
    const traceId = '0af7651916cd43dd8448eb211c80319c';
    const response = await fetch(`${stack!.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        traceparent: `00-${traceId}-b7ad6b7169203331-01`,
        ...dispatcher,
      },
      body: JSON.stringify({
        query: `query AcrossProcesses { workOrders(first: 10) {
          edges { node { id assignee { name } asset { tag } } } } }`,
      }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    // Stopping flushes each process's buffered spans before it exits.
    await stack!.close();
    stack = undefined;

    const spans = exported.filter((s) => s.traceId === traceId);
    expect(new Set(spans.map((s) => s.service))).toEqual(
      new Set(['gateway', 'requests', 'accounts', 'assets']),
    );
    const root = spans.find((s) => s.service === 'gateway' && s.name === 'query AcrossProcesses');
    expect(root?.parentSpanId).toBe('b7ad6b7169203331');
    // Every other span's parent is in the trace: the links hold across processes.
    const ids = new Set(spans.map((s) => s.spanId));
    for (const span of spans) if (span !== root) expect(ids.has(span.parentSpanId!)).toBe(true);
    expect(spans.some((s) => s.service === 'requests' && s.name.startsWith('SELECT'))).toBe(true);
  });
});
