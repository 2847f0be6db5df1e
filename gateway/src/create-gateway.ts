import { ApolloGateway } from '@apollo/gateway';
import type { Logger } from '@civicgraph/platform';
import { checkScalarInputs } from './input-scalars';
import { MeasuredSubgraphDataSource } from './observability/measured-data-source';
import type { SubgraphFetchMetrics } from './observability/subgraph-fetch-metrics';
import { SubgraphDataSource } from './subgraph-data-source';

export interface GatewayOptions {
  /** The composed supergraph (schema/supergraph.graphql). */
  supergraphSdl: string;
  /** Where each subgraph runs, by subgraph name; overrides the supergraph's placeholders. */
  subgraphUrls: Record<string, string>;
  /** Signs the caller of every subgraph call (shared with the subgraphs). */
  signingSecret: string;
  logger: Logger;
  /** Counts and times every subgraph call (the gateway's /metrics); unset, none are. */
  fetchMetrics?: SubgraphFetchMetrics;
}

/**
 * An Apollo Gateway over the checked-in supergraph. Composition happens at build
 * time (schema/), never at run time, so every instance serves exactly the reviewed graph.
 */
export function createGateway(options: GatewayOptions) {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: options.logger.child({ component: 'federation' }),
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name];
      if (!target) {
        throw new Error(`No URL configured for subgraph "${name}" (supergraph has ${url})`);
      }
      return options.fetchMetrics
        ? new MeasuredSubgraphDataSource(name, target, options.signingSecret, options.fetchMetrics)
        : new SubgraphDataSource(name, target, options.signingSecret);
    },
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => checkScalarInputs(apiSchema));
  return gateway;
}
