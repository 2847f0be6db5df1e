/**
 * A request GeoReport v2 turns away: the HTTP status and one error of the spec's list,
 * `{ code, description }`, whose code is the status (400 bad or missing argument, 403
 * missing or bad `api_key`, 404 nothing there).
 */
export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 413 | 415 | 429 | 503,
    description: string,
  ) {
    super(description);
  }
}

export const badOpen311Argument = (description: string) => new Open311Error(400, description);
