import type { FastifyRequest } from 'fastify';

/**
 * The origin the client reached the gateway at (`https://city.example`), which the
 * gateway sends to subgraphs, on its HTTP routes and its GraphQL calls alike, so that
 * what lists URLs (a map style, a data catalog, a dataset's distributions) can make
 * them absolute on that origin. It only ever changes the URLs written in the answer
 * to the request that carried it: never what is stored, cached across callers, or allowed.
 */
export const PUBLIC_ORIGIN_HEADER = 'x-civicgraph-origin';

/** An http(s) origin: scheme, host name or IP (IPv6 in brackets), optional port. */
const ORIGIN =
  /^https?:\/\/([a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?|\[[0-9a-f:.]{2,45}\])(:([1-9][0-9]{0,4}))?$/i;

/** Whether `value` is a bare origin as `PUBLIC_ORIGIN_HEADER` carries it. */
export function isOrigin(value: string): boolean {
  const match = ORIGIN.exec(value);
  // A port is 1…65535, written without leading zeros (as URLs print it).
  return match !== null && (match[4] === undefined || Number(match[4]) <= 65_535);
}

/**
 * The origin a request reached this server at, as Fastify sees it: its Host and
 * scheme, or the proxy's `X-Forwarded-Host`/`-Proto` when the server trusts its proxy
 * (TRUST_PROXY). Null when that is not a bare origin (a Host with a path, say).
 */
export function requestOrigin(request: FastifyRequest): string | null {
  const origin = `${request.protocol}://${request.host}`;
  return isOrigin(origin) ? origin : null;
}

/**
 * The public origin the gateway named for this request, or null (reached directly, or
 * a value that is not a bare origin): callers then write root-relative URLs.
 */
export function publicOriginOf(request: FastifyRequest): string | null {
  const value = request.headers[PUBLIC_ORIGIN_HEADER];
  return typeof value === 'string' && isOrigin(value) ? value.toLowerCase() : null;
}
