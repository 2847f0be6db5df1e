import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { currentRequestId, REQUEST_ID_HEADER } from './request-scope';
import { activeTracer } from './tracing';

export interface OutgoingCall {
  /** The service called (a subgraph's name). */
  service: string;
  method: string;
  url: URL;
  /** The request's headers: the request id and `traceparent` are added to them. */
  headers: Record<string, string>;
}

/**
 * Runs one HTTP call to another service of ours as part of the request being handled:
 * it carries the request's id and, with tracing on, runs under a client span whose
 * context goes along in `traceparent`, so the callee's server span is its child.
 * `send` makes the call with `call.headers` once they are filled in.
 */
export async function traceOutgoingCall<T extends { status: number }>(
  call: OutgoingCall,
  send: () => Promise<T>,
): Promise<T> {
  const requestId = currentRequestId();
  if (requestId !== undefined) call.headers[REQUEST_ID_HEADER] = requestId;
  const tracer = activeTracer();
  if (!tracer) return send();

  const span = tracer.startSpan(`${call.method} ${call.service}`, {
    kind: SpanKind.CLIENT,
    attributes: {
      'peer.service': call.service,
      'http.request.method': call.method,
      'server.address': call.url.hostname,
      'url.full': `${call.url.origin}${call.url.pathname}`,
    },
  });
  const spanContext = trace.setSpan(context.active(), span);
  propagation.inject(spanContext, call.headers);
  try {
    const response = await context.with(spanContext, send);
    span.setAttribute('http.response.status_code', response.status);
    if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    return response;
  } catch (error) {
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
    throw error;
  } finally {
    span.end();
  }
}
