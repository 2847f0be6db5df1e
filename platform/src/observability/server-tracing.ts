import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  type Context,
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from '../logger';
import { REQUEST_ID_HEADER, type RequestScope, runInRequestScope } from './request-scope';
import { activeTracer } from './tracing';

interface RequestState {
  scope: RequestScope;
  /** The server span and the context it is active in; absent with tracing off. */
  span?: Span;
  traceContext?: Context;
}

const states = new WeakMap<FastifyRequest, RequestState>();

/** Server spans this module started: only those are renamed after their operation. */
const serverSpans = new WeakSet<Span>();

/** Probes and scrapes, every few seconds from every replica: a trace each would be noise. */
const UNTRACED_ROUTES = new Set(['/health', '/metrics']);

function enter(state: RequestState, next: () => void) {
  runInRequestScope(state.scope, () =>
    state.traceContext ? context.with(state.traceContext, next) : next(),
  );
}

/**
 * Every request the server handles runs in its request scope (its id on every log
 * line) and, with tracing on, under a server span continuing the caller's
 * `traceparent`. The id is answered in `x-request-id`.
 *
 * The scope is entered in `onRequest` and again in `preValidation`: the body is read
 * from socket events, which run outside it, and everything from validation to the
 * handler is started from that hook. Register it before other hooks, so that theirs
 * run inside.
 */
export function traceRequests(app: FastifyInstance, service: string) {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    const state: RequestState = { scope: { requestId: request.id } };
    const tracer = activeTracer();
    const route = request.routeOptions.url;
    if (tracer && !(route && UNTRACED_ROUTES.has(route))) {
      const parent = propagation.extract(ROOT_CONTEXT, request.headers);
      const span = tracer.startSpan(
        route ? `${request.method} ${route}` : request.method,
        {
          kind: SpanKind.SERVER,
          attributes: {
            'civicgraph.service': service,
            'http.request.method': request.method,
            'url.path': request.url.split('?', 1)[0],
            ...(route ? { 'http.route': route } : {}),
            'civicgraph.request_id': request.id,
          },
        },
        parent,
      );
      serverSpans.add(span);
      state.span = span;
      state.traceContext = trace.setSpan(parent, span);
    }
    states.set(request, state);
    enter(state, done);
  });
  app.addHook('preValidation', (request, _reply, done) => {
    const state = states.get(request);
    if (state) enter(state, done);
    else done();
  });
  if (!activeTracer()) return;
  app.addHook('onError', (request, _reply, error, done) => {
    states.get(request)?.span?.recordException(error);
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    const span = states.get(request)?.span;
    if (span) {
      span.setAttribute('http.response.status_code', reply.statusCode);
      if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
    done();
  });
  app.addHook('onRequestAbort', (request, done) => {
    const span = states.get(request)?.span;
    if (span) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: 'client aborted' });
      span.end();
    }
    done();
  });
}

/**
 * Names the request's server span after its GraphQL operation (`query ListWorkOrders`),
 * which is what a trace is looked for by; and logs each operation at debug level,
 * inside the request's scope, so that its line carries the request and trace ids.
 */
export function operationTracing<Context extends BaseContext>(
  log: Logger,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, operation }) {
          const type = operation?.operation ?? 'operation';
          const name = `${type} ${operationName ?? 'anonymous'}`;
          const span = trace.getActiveSpan();
          if (span && serverSpans.has(span)) {
            span.updateName(name);
            span.setAttribute('graphql.operation.type', type);
            if (operationName) span.setAttribute('graphql.operation.name', operationName);
          }
          log.debug({ operation: name }, 'graphql operation');
        },
      };
    },
  };
}
