import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/**
 * What went wrong, as a person can act on it: each kind has its own message in both
 * languages (`messages.errors`), so that "offline" never reads like "forbidden".
 */
export type ErrorKind =
  | 'offline'
  | 'sessionExpired'
  | 'forbidden'
  | 'conflict'
  | 'notFound'
  | 'badInput'
  | 'unavailable';

const kindByCode: Record<string, ErrorKind> = {
  UNAUTHENTICATED: 'sessionExpired',
  FORBIDDEN: 'forbidden',
  CONFLICT: 'conflict',
  NOT_FOUND: 'notFound',
  BAD_USER_INPUT: 'badInput',
  INVALID_TRANSITION: 'conflict',
};

/** The first error code a GraphQL answer carries, if any. */
export function graphQLErrorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors.find((e) => typeof e.extensions?.code === 'string')?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Sorts an Apollo Client error (or anything thrown) into an ErrorKind. */
export function errorKindOf(error: unknown): ErrorKind {
  const code = graphQLErrorCode(error);
  if (code && kindByCode[code]) return kindByCode[code];
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return 'sessionExpired';
    if (error.statusCode === 403) return 'forbidden';
    return 'unavailable';
  }
  // fetch() rejects with a TypeError when the network is down or the gateway is gone.
  if (typeof navigator !== 'undefined' && !navigator.onLine) return 'offline';
  if (error instanceof TypeError) return 'offline';
  return 'unavailable';
}
