import type { FastifyInstance } from 'fastify';
import type { Logger } from '../logger';
import { decideMetricsAccess, type MetricsAccess } from './metrics-access';
import type { ServiceMetrics } from './service-metrics';

export const METRICS_PATH = '/metrics';

/**
 * `GET /metrics` in the Prometheus text format, to the callers `access` lets in
 * (metrics-access.ts); refusals are JSON with a code, as every other refusal.
 */
export function serveMetrics(
  app: FastifyInstance,
  metrics: ServiceMetrics,
  access: MetricsAccess,
  logger: Logger,
) {
  if (access.token === null && access.production) {
    logger.warn('METRICS_TOKEN is not set: /metrics answers 404 in production');
  }
  app.get(METRICS_PATH, async (request, reply) => {
    const decision = decideMetricsAccess(access, {
      authorization: request.headers.authorization,
      socketAddress: request.socket.remoteAddress,
      forwarded: Boolean(request.headers['x-forwarded-for'] ?? request.headers.forwarded),
    });
    if (!decision.allowed) {
      if (decision.status === 401) reply.header('www-authenticate', 'Bearer realm="metrics"');
      return reply
        .code(decision.status)
        .send({ errors: [{ message: decision.message, extensions: { code: decision.code } }] });
    }
    const text = await metrics.exposition();
    return reply.header('cache-control', 'no-store').type(metrics.contentType).send(text);
  });
}
