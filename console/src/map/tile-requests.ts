import type { Map as MaplibreMap, RequestParameters, RequestTransformFunction } from 'maplibre-gl';

/** The path under which the gateway serves map tiles and the map style. */
export const TILES_PATH = '/tiles/';

/** The city's map style, on the origin the console was served from. */
export const CITY_STYLE_PATH = '/tiles/style.json';

/**
 * A `transformRequest` that signs the map's requests for this origin's `/tiles/` with
 * the staff access token (work-order tiles are staff-only; the style lists the sources
 * the caller may read). The token is asked for at request time, so a map open for hours
 * keeps sending the current one as the session refreshes it. Any other URL (another
 * origin, another path of this one) goes out untouched: a token is never handed to a
 * server that did not issue it.
 */
export function signTileRequests(
  origin: string,
  accessToken: () => Promise<string | null>,
): RequestTransformFunction {
  return async (url) => {
    const request: RequestParameters = { url };
    if (!isTileUrl(url, origin)) return request;
    const token = await accessToken();
    if (token) request.headers = { Authorization: `Bearer ${token}` };
    return request;
  };
}

/** Whether `url` (absolute, or relative to `origin`) is one of `origin`'s tile URLs. */
export function isTileUrl(url: string, origin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url, origin);
  } catch {
    return false;
  }
  return parsed.origin === new URL(origin).origin && parsed.pathname.startsWith(TILES_PATH);
}

/**
 * `signTileRequests` for mapbox-gl, whose `transformRequest` must answer at once: the
 * token the session holds now (it refreshes it ahead of expiry; a refused tile is
 * retried once with a renewed one, as with maplibre-gl).
 */
export function signTileRequestsNow(
  origin: string,
  accessToken: () => string | null,
): (url: string) => RequestParameters {
  return (url) => {
    const request: RequestParameters = { url };
    if (!isTileUrl(url, origin)) return request;
    const token = accessToken();
    if (token) request.headers = { Authorization: `Bearer ${token}` };
    return request;
  };
}

/**
 * Asks for a source's tiles again (a live change, a renewed token). maplibre-gl has
 * `refreshTiles`; mapbox-gl's vector sources `reload()`. Tile responses are
 * `private, no-cache` with an ETag: the browser revalidates, a changed tile comes back new.
 */
export function refreshSource(map: MaplibreMap, sourceId: string): void {
  const refresh = (map as { refreshTiles?: (id: string) => void }).refreshTiles;
  if (typeof refresh === 'function') {
    refresh.call(map, sourceId);
    return;
  }
  (map.getSource(sourceId) as { reload?: () => void } | undefined)?.reload?.();
}
