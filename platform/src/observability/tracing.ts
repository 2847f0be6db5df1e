import { context, propagation, type Tracer, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-node';
import { z } from 'zod';
import { configFields } from '../config/fields';

/**
 * The variables every deployable reads for tracing, by their OpenTelemetry names so
 * that collectors' usual settings apply. No endpoint: tracing is off.
 */
export const tracingConfig = z.object({
  /** OTLP/HTTP collector, e.g. `http://otel-collector:4318`; spans go to `/v1/traces`. */
  OTEL_EXPORTER_OTLP_ENDPOINT: configFields.httpUrl().optional(),
  /** The name spans are filed under; the process's own service name by default. */
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
});

export interface TracingOptions {
  /** The process's service (gateway, requests, …), unless `OTEL_SERVICE_NAME` says otherwise. */
  service: string;
  config: z.output<typeof tracingConfig>;
  /** Where spans go instead of an OTLP collector (tests: an in-memory exporter). */
  spanProcessor?: SpanProcessor;
}

export interface Tracing {
  /** Sends the spans still buffered, then stops tracing. */
  shutdown(): Promise<void>;
}

const TRACER_NAME = '@civicgraph/platform';

/** How long stopping waits for buffered spans to reach the collector. */
const SHUTDOWN_DEADLINE_MS = 3000;

/**
 * Our tracer while tracing is on, null otherwise. Every hook asks this first, so that
 * with tracing off a request costs one null check per seam and nothing is allocated.
 */
let tracer: Tracer | null = null;

/** The tracer to start spans with, or null when tracing is off. */
export function activeTracer(): Tracer | null {
  return tracer;
}

/**
 * Turns tracing on for this process when an OTLP endpoint is configured (or a span
 * processor given): a tracer provider, the AsyncLocalStorage context manager and the
 * W3C `traceparent` propagator, registered globally. Call it once, first thing in a
 * process entry, before servers and pools are opened: they decide at start whether to
 * hook in. With no endpoint nothing is installed and this returns a no-op.
 */
export function startTracing(options: TracingOptions): Tracing {
  const endpoint = options.config.OTEL_EXPORTER_OTLP_ENDPOINT;
  const processor =
    options.spanProcessor ??
    (endpoint
      ? new BatchSpanProcessor(
          new OTLPTraceExporter({ url: new URL('v1/traces', withTrailingSlash(endpoint)).href }),
        )
      : null);
  if (!processor) return { shutdown: async () => {} };
  if (tracer) throw new Error('Tracing is already started in this process');

  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      'service.name': options.config.OTEL_SERVICE_NAME ?? options.service,
    }),
    spanProcessors: [processor],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  tracer = provider.getTracer(TRACER_NAME);
  let stopped: Promise<void> | null = null;
  const stop = async () => {
    tracer = null;
    let timer: NodeJS.Timeout | undefined;
    try {
      // An unreachable collector is retried; a process stopping must not wait on it.
      await Promise.race([
        provider.shutdown(),
        new Promise((resolve) => {
          timer = setTimeout(resolve, SHUTDOWN_DEADLINE_MS);
        }),
      ]);
    } finally {
      clearTimeout(timer);
      trace.disable();
      context.disable();
      propagation.disable();
    }
  };
  return {
    shutdown: () => {
      stopped ??= stop();
      return stopped;
    },
  };
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
