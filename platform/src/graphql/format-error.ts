import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import type { Logger } from '../logger';

/**
 * Errors raised on purpose (a GraphQLError with a code) reach the client as they are.
 * A database that cannot be reached (a restart, an outage) is SERVICE_UNAVAILABLE
 * naming `service`, as the gateway names a subgraph it cannot reach: the client tries
 * again later. Anything else is a bug: it is logged in full and the client gets a
 * generic message, never SQL or stack details.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: Logger,
  service?: string,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED) {
    return withRuleCode(formatted, error);
  }
  if (code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR) return formatted;
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError && original.extensions?.code) return formatted;
  if (isClientError(original)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
  }
  if (isDatabaseUnavailable(original)) {
    log.warn({ err: original, path: formatted.path }, 'database unavailable while resolving');
    return {
      message: 'The database is unavailable: try again shortly',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'SERVICE_UNAVAILABLE', ...(service ? { service } : {}) },
    };
  }
  log.error({ err: original, path: formatted.path }, 'unexpected error while resolving');
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * A refusal Apollo Server raises itself with an HTTP 4xx but no code (a persisted
 * query's hash that does not match its text): the client's mistake, not a bug, so it
 * keeps its message. Read by shape: Apollo's copy of graphql may not be ours (vitest).
 */
function isClientError(error: unknown): boolean {
  const status = (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions
    ?.http?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * Apollo Server files every validation error under GRAPHQL_VALIDATION_FAILED, even a
 * limit's refusal (the gateway's MAX_DEPTH_EXCEEDED and the like, which carry the
 * `limit` and the `value`), whose own code is the one clients can act on. Other
 * validation errors keep Apollo's code (a bad DateTime literal stays a validation
 * failure even though the scalar said BAD_USER_INPUT). Read by shape, not
 * `instanceof`: the rule's copy of graphql may not be ours (vitest).
 */
function withRuleCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: { extensions?: Record<string, unknown> } } | null)
    ?.originalError?.extensions;
  if (typeof original?.code !== 'string' || typeof original.limit !== 'number') return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: original.code } };
}
