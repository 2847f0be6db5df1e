import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';

/**
 * Calls one subgraph. When the subgraph cannot be reached at all, clients get a
 * SERVICE_UNAVAILABLE error naming the service (and can retry) instead of a
 * masked internal error; the gateway's own log still has the cause.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  constructor(
    readonly name: string,
    url: string,
  ) {
    super({ url });
  }

  override didEncounterError(
    error: Error,
    fetchRequest: Parameters<RemoteGraphQLDataSource['didEncounterError']>[1],
    fetchResponse?: Parameters<RemoteGraphQLDataSource['didEncounterError']>[2],
  ): void {
    if (!fetchResponse && !(error instanceof GraphQLError)) {
      throw new GraphQLError(`The ${this.name} service is unavailable; try again shortly`, {
        extensions: { code: 'SERVICE_UNAVAILABLE', service: this.name },
        originalError: error,
      });
    }
    super.didEncounterError(error, fetchRequest, fetchResponse);
  }
}
