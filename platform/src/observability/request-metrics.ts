import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import { Counter, Histogram } from 'prom-client';
import { BoundedLabel } from './bounded-label';
import type { ServiceMetrics } from './service-metrics';

/** Operation label of an operation without a name. */
export const ANONYMOUS_OPERATION = '(anonymous)';
/** Operation label of a document that never became an operation (unparsable, invalid). */
export const UNRESOLVED_OPERATION = '(unresolved)';
/** Error label of an error without an extension code. */
export const NO_CODE = '(none)';

/** Distinct operation names kept per server; the console and partner apps use a few dozen. */
const MAX_OPERATION_NAMES = 200;
/** Distinct error codes kept per server. */
const MAX_ERROR_CODES = 50;
const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Seconds: from a cache hit on one subgraph to a city-wide export. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The request metrics every server has (the gateway and each subgraph): HTTP requests
 * by route and status, and GraphQL operations by name with their latency and errors
 * by code. Names and codes are bounded labels (bounded-label.ts); nothing is labelled
 * by caller or id.
 */
export class RequestMetrics {
  private readonly operationNames = new BoundedLabel({
    max: MAX_OPERATION_NAMES,
    // A GraphQL name of reasonable length.
    pattern: /^[_A-Za-z][_0-9A-Za-z]{0,99}$/,
  });
  private readonly errorCodes = new BoundedLabel({
    max: MAX_ERROR_CODES,
    pattern: /^[A-Z][A-Z0-9_]{0,63}$/,
  });
  private readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  private readonly httpDuration: Histogram<'method' | 'route'>;
  private readonly operations: Counter<'operation' | 'type'>;
  private readonly operationDuration: Histogram<'operation' | 'type'>;
  private readonly errors: Counter<'code'>;

  constructor(metrics: ServiceMetrics) {
    const registers = [metrics.registry];
    this.httpRequests = new Counter({
      name: 'civicgraph_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status code',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.httpDuration = new Histogram({
      name: 'civicgraph_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method and route pattern',
      labelNames: ['method', 'route'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.operations = new Counter({
      name: 'civicgraph_graphql_operations_total',
      help: 'GraphQL operations answered, by operation name and type',
      labelNames: ['operation', 'type'],
      registers,
    });
    this.operationDuration = new Histogram({
      name: 'civicgraph_graphql_operation_duration_seconds',
      help: 'Time from receiving a GraphQL operation to its answer, by operation name and type',
      labelNames: ['operation', 'type'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.errors = new Counter({
      name: 'civicgraph_graphql_errors_total',
      help: 'Errors in GraphQL answers, by extension code as the client saw it',
      labelNames: ['code'],
      registers,
    });
  }

  /** Counts every HTTP answer of the app, refusals by hooks included. */
  installHttpHooks(app: FastifyInstance) {
    app.addHook('onResponse', async (request, reply) => {
      const method = HTTP_METHODS.has(request.method) ? request.method : 'OTHER';
      // The route's pattern (`/tiles/:layer/...`), never the URL: ids stay out of labels.
      const route = request.routeOptions.url ?? '(unmatched)';
      this.httpRequests.inc({ method, route, status: String(reply.statusCode) });
      this.httpDuration.observe({ method, route }, reply.elapsedTime / 1000);
    });
  }

  /** The Apollo Server plugin that times each operation and counts its errors. */
  apolloPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => {
        const started = performance.now();
        return {
          willSendResponse: async ({ operation, operationName, response }) => {
            const labels = {
              operation: operation
                ? operationName
                  ? this.operationNames.of(operationName)
                  : ANONYMOUS_OPERATION
                : UNRESOLVED_OPERATION,
              type: operation?.operation ?? 'unknown',
            };
            this.operations.inc(labels);
            this.operationDuration.observe(labels, (performance.now() - started) / 1000);
            // Formatted by now: the codes the client received (masked ones included).
            const errors = response.body.kind === 'single' ? response.body.singleResult.errors : [];
            for (const error of errors ?? []) {
              const code = error.extensions?.code;
              this.errors.inc({
                code: typeof code === 'string' ? this.errorCodes.of(code) : NO_CODE,
              });
            }
          },
        };
      },
    };
  }
}
