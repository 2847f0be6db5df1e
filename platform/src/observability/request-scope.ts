import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { context, trace } from '@opentelemetry/api';

/** The header a request id arrives in, is sent on to subgraphs in, and is answered in. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** What every log line written while handling a request is told of it. */
export interface RequestScope {
  requestId: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/**
 * A caller's id is kept when it is one a log line can carry safely (a UUID, a load
 * balancer's or a peer's id); anything else would let a client forge or bloat logs.
 */
const WELL_FORMED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Fastify's `genReqId`: the caller's `x-request-id` when well-formed (the gateway's id
 * reaching a subgraph, or a load balancer's), a fresh UUID otherwise, so that ids are
 * unique across processes and restarts.
 */
export function requestIdOf(request: IncomingMessage): string {
  const sent = request.headers[REQUEST_ID_HEADER];
  return typeof sent === 'string' && WELL_FORMED_REQUEST_ID.test(sent) ? sent : randomUUID();
}

/** Runs `work` (and everything it starts) as part of the request `requestScope` names. */
export function runInRequestScope<T>(requestScope: RequestScope, work: () => T): T {
  return scope.run(requestScope, work);
}

/** The id of the request being handled, if any. */
export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}

/**
 * Fields pino adds to every line (its `mixin`): the request being handled and, when
 * tracing is on, its trace; nothing outside a request.
 */
export function requestLogFields(): { requestId?: string; traceId?: string } {
  const requestId = scope.getStore()?.requestId;
  if (requestId === undefined) return {};
  const span = trace.getSpanContext(context.active());
  return span ? { requestId, traceId: span.traceId } : { requestId };
}
