import type { FastifyInstance } from 'fastify';
import type { Logger } from '../logger';
import type { MetricsAccess } from './metrics-access';
import { serveMetrics } from './metrics-route';
import { RequestMetrics } from './request-metrics';
import { ServiceMetrics } from './service-metrics';

/** A server's metrics as its owner sets them up (graphql-server.ts's `metrics`). */
export interface ServerMetricsOptions {
  /** The registry the owner adds its own metrics to; unset, the server makes one. */
  service?: ServiceMetrics;
  /** Unset: no token, not production (this machine only). */
  access?: MetricsAccess;
}

/**
 * What every server measures of itself: its HTTP answers (hooks on `app`) and its
 * GraphQL operations (the returned metrics' Apollo plugin), served at `/metrics`.
 */
export function instrumentServer(
  app: FastifyInstance,
  options: ServerMetricsOptions | undefined,
  logger: Logger,
): RequestMetrics {
  const service = options?.service ?? new ServiceMetrics();
  const requests = new RequestMetrics(service);
  requests.installHttpHooks(app);
  serveMetrics(app, service, options?.access ?? { token: null, production: false }, logger);
  return requests;
}
