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
  // The work order moved on (someone else started or closed it): the same remedy.
  INVALID_TRANSITION: 'conflict',
  NOT_FOUND: 'notFound',
  BAD_USER_INPUT: 'badInput',
  BAD_REQUEST: 'badInput',
  PAYLOAD_TOO_LARGE: 'badInput',
};

type CodedErrors = readonly { extensions?: Record<string, unknown> }[];

function firstCode(errors: CodedErrors | undefined): string | undefined {
  const code = errors?.find((e) => typeof e.extensions?.code === 'string')?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The first error code a GraphQL answer carries, if any: from the errors of a
 * 200 answer, or from the JSON body of a refusal Apollo reports as a ServerError (the
 * gateway's 401, 403 and 429 carry `errors[].extensions.code` too).
 */
export function graphQLErrorCode(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) return firstCode(error.errors);
  if (ServerError.is(error)) {
    try {
      const body: unknown = JSON.parse(error.bodyText);
      if (typeof body === 'object' && body !== null && 'errors' in body) {
        const errors = (body as { errors: unknown }).errors;
        if (Array.isArray(errors)) return firstCode(errors as CodedErrors);
      }
    } catch {
      // Not JSON (a proxy's HTML page): the status says what we know.
    }
  }
  return undefined;
}

/** Sorts an Apollo Client error (or anything thrown) into an ErrorKind. */
export function errorKindOf(error: unknown): ErrorKind {
  const code = graphQLErrorCode(error);
  if (code && kindByCode[code]) return kindByCode[code];
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return 'sessionExpired';
    if (error.statusCode === 403) return 'forbidden';
    if (error.statusCode === 404) return 'notFound';
    if (error.statusCode === 409) return 'conflict';
    return 'unavailable';
  }
  // fetch() rejects with a TypeError when the network is down or the gateway is gone.
  if (typeof navigator !== 'undefined' && !navigator.onLine) return 'offline';
  if (error instanceof TypeError) return 'offline';
  return 'unavailable';
}

/** Whether trying the same thing again may work without changing anything. */
export function isRetryable(kind: ErrorKind): boolean {
  return kind === 'offline' || kind === 'unavailable';
}
