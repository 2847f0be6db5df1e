import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from '../subgraph-data-source';
import { SubgraphDataSource } from '../subgraph-data-source';
import type { SubgraphFetchMetrics } from './subgraph-fetch-metrics';

/**
 * A subgraph data source whose every call is counted and timed: around the whole
 * call, so what the data source does to it (signing, refusals turned into errors)
 * is measured as the gateway lives it.
 */
export class MeasuredSubgraphDataSource extends SubgraphDataSource {
  constructor(
    name: string,
    url: string,
    signingSecret: string,
    private readonly metrics: SubgraphFetchMetrics,
  ) {
    super(name, url, signingSecret);
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    return this.metrics.measure(this.name, () => super.process(options));
  }
}
