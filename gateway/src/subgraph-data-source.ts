import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

type ProcessOptions = Parameters<RemoteGraphQLDataSource['process']>[0];
type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/**
 * The GraphQL errors a subgraph answered with an HTTP 4xx: it refused the request as
 * the client's mistake (a variable it could not coerce, say) and said why, with codes.
 */
function refusalErrors(error: unknown): GraphQLFormattedError[] | null {
  // Not `instanceof GraphQLError`: the gateway's copy of graphql may not be ours (vitest).
  if (!(error instanceof Error) || !('extensions' in error)) return null;
  const extensions = error.extensions as { response?: { status?: unknown; body?: unknown } };
  const response = extensions.response;
  const status = response?.status;
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  const errors = (response?.body as { errors?: unknown } | undefined)?.errors;
  const wellFormed =
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every((e) => typeof (e as { message?: unknown })?.message === 'string');
  return wellFormed ? (errors as GraphQLFormattedError[]) : null;
}

/**
 * Calls one subgraph. When the subgraph cannot be reached at all, clients get a
 * SERVICE_UNAVAILABLE error naming the service (and can retry) instead of a
 * masked internal error; the gateway's own log still has the cause. When it refuses
 * a request with a 4xx and GraphQL errors, clients get those errors, codes and all
 * (the gateway adds the service name), as if it had answered 200 with no data;
 * a 5xx stays an internal error.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  constructor(
    readonly name: string,
    url: string,
  ) {
    super({ url });
  }

  override async process(options: ProcessOptions): Promise<SubgraphResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      const errors = refusalErrors(error);
      if (errors) return { errors };
      throw error;
    }
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
