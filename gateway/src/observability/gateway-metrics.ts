import { type Logger, ServiceMetrics } from '@civicgraph/platform';
import { type ObservedRealtime, observeRealtime } from './realtime-metrics';
import { SubgraphFetchMetrics } from './subgraph-fetch-metrics';

/**
 * The gateway's `/metrics`: what every server reports (platform), its subgraph calls,
 * and its subscriptions when it serves them.
 */
export class GatewayMetrics {
  readonly service = new ServiceMetrics();
  readonly subgraphFetches = new SubgraphFetchMetrics(this.service);

  observeRealtime(realtime: ObservedRealtime, logger: Logger) {
    observeRealtime(this.service, realtime, logger);
  }
}
