import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Fetcher, FetcherRequestInit } from '@apollo/utils.fetcher';
import {
  ANONYMOUS,
  CALLER_HEADER,
  type Caller,
  PUBLIC_ORIGIN_HEADER,
  parseCaller,
  signCaller,
  traceOutgoingCall,
} from '@civicgraph/platform';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { fetchFromSubgraph } from './subgraph-fetch/subgraph-fetch';

/** What the gateway knows of each request: who is calling, verified once. */
export interface GatewayContext {
  caller: Caller;
  /** A partner client held to the persisted-operation allowlist. */
  persistedOperationsOnly?: boolean;
  /** Told of each subgraph call the operation makes (subscriptions count theirs). */
  onSubgraphFetch?: () => void;
  /**
   * The origin the client reached the gateway at, as the HTTP routes send it: subgraphs
   * write URLs absolute on it (a dataset's distributions). Unset (subscriptions, whose
   * payloads are shared by every subscriber of a group, whatever name each used),
   * subgraphs write them root-relative.
   */
  publicOrigin?: string | null;
}

/**
 * Carries the caller from `willSendRequest` (which knows the request's context) to the
 * fetcher (which knows the exact body to sign). It never leaves the process: the
 * fetcher replaces it with the signature.
 */
const UNSIGNED_CALLER_HEADER = 'x-civicgraph-unsigned-caller';

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
 *
 * Every call carries the caller, signed for this subgraph and this exact body
 * (`x-civicgraph-caller`): subgraphs answer nothing else. A call for a client's
 * request also names the origin it reached (`x-civicgraph-origin`), as the HTTP routes do. Calls go through
 * subgraph-fetch/ rather than Apollo's default fetcher, which costs more per call.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly signingSecret: string,
  ) {
    super({ url });
    this.fetcher = ((target: string, init?: FetcherRequestInit) =>
      this.signedFetch(target, init)) as Fetcher;
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const context = 'context' in options ? options.context : undefined;
    context?.onSubgraphFetch?.();
    const caller = context?.caller;
    options.request.http?.headers.set(UNSIGNED_CALLER_HEADER, JSON.stringify(caller ?? ANONYMOUS));
    if (context?.publicOrigin) {
      options.request.http?.headers.set(PUBLIC_ORIGIN_HEADER, context.publicOrigin);
    }
  }

  private async signedFetch(target: string, init: FetcherRequestInit = {}) {
    const headers = { ...init.headers };
    const pending = headers[UNSIGNED_CALLER_HEADER];
    delete headers[UNSIGNED_CALLER_HEADER];
    const caller = (pending ? parseCaller(JSON.parse(pending)) : null) ?? ANONYMOUS;
    const body = typeof init.body === 'string' ? init.body : (init.body?.toString('utf8') ?? '');
    const url = new URL(target);
    const method = init.method ?? 'POST';
    headers[CALLER_HEADER] = await signCaller(
      caller,
      { audience: this.name, method, path: `${url.pathname}${url.search}`, body },
      this.signingSecret,
    );
    return traceOutgoingCall({ service: this.name, method, url, headers }, () =>
      fetchFromSubgraph(url, caller, { method, headers, body, signal: init.signal }),
    );
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<SubgraphResponse> {
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
