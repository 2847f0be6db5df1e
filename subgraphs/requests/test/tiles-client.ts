import type { Caller, TileAddress } from '@civicgraph/platform';
import { getSignedRoute, type RouteReply } from '@civicgraph/platform/testing';

export { tileContaining as tileAt } from '@civicgraph/platform';

/** GETs a path of the requests subgraph as the gateway would: signed for `caller`. */
export function getAsCaller(
  baseUrl: string,
  caller: Caller,
  path: string,
  headers: Record<string, string> = {},
): Promise<RouteReply> {
  return getSignedRoute(baseUrl, caller, 'requests', path, headers);
}

/** A refusal's body, as routes answer them. */
export type RefusalBody = {
  errors: Array<{ message: string; extensions: Record<string, unknown> }>;
};

/** `/tiles/{layer}/{z}/{x}/{y}.mvt`, with a query string when given. */
export function tilePath(layer: string, tile: TileAddress, query = '') {
  return `/tiles/${layer}/${tile.z}/${tile.x}/${tile.y}.mvt${query ? `?${query}` : ''}`;
}

/** Unrounded tile units of a point, as the tiles' SQL computes them. */
export function unitsIn(tile: TileAddress, lon: number, lat: number): [number, number] {
  const scale = 2 ** tile.z;
  const worldY = 0.5 - Math.asinh(Math.tan((lat * Math.PI) / 180)) / (2 * Math.PI);
  return [(((lon + 180) / 360) * scale - tile.x) * 4096, (worldY * scale - tile.y) * 4096];
}
