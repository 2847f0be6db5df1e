/**
 * Why a plain-HTTP route of a subgraph (photos, tiles) turned a request away: an HTTP
 * status and a code a client can act on, answered as a JSON body shaped like the
 * gateway's own refusals and GraphQL errors (`errors[].extensions.code`).
 */
export class RouteRefused extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  get body() {
    return {
      errors: [{ message: this.message, extensions: { code: this.code, ...this.details } }],
    };
  }
}

/** A 400 naming the query parameter or path part that was wrong. */
export function badArgument(
  argument: string,
  message: string,
  details: Record<string, unknown> = {},
) {
  return new RouteRefused(400, 'BAD_REQUEST', message, { argument, ...details });
}
