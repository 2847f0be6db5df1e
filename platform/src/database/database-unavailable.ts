/**
 * SQLSTATEs of a server that is going away, not back yet, or a connection that broke:
 * class 08 (connection exception), 57P01-57P03 (admin or crash shutdown, cannot
 * connect now: starting up or shutting down).
 */
const UNAVAILABLE_STATES = /^(08...|57P0[123])$/;

/** Socket errors of a server that is not there (stopped, restarting, unreachable). */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

/**
 * What `pg` says, without a code, of a connection that ended under a query, of a
 * client that lost its connection before, or of a connect that outlasted its
 * `connectionTimeoutMillis` ("timeout expired").
 */
const CONNECTION_LOST =
  /^Connection terminated|connection error and is not queryable|^timeout expired$/;

/**
 * Whether `error` says the database could not be reached or went away (a restart, a
 * failover, an outage), rather than a bug or a refused statement: the caller can only
 * try again later. Looks through `cause` and an AggregateError's errors (a host with
 * several addresses reports one failure per address).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || UNAVAILABLE_STATES.test(code))) {
    return true;
  }
  if (CONNECTION_LOST.test(error.message)) return true;
  if (
    error instanceof AggregateError &&
    error.errors.some((e) => isDatabaseUnavailable(e, depth + 1))
  ) {
    return true;
  }
  return isDatabaseUnavailable(error.cause, depth + 1);
}
