import {
  type Bbox,
  type Caller,
  tilesCovering as cover,
  type TileAddress,
} from '@civicgraph/platform';
import { getSignedRoute, type RouteReply } from '@civicgraph/platform/testing';

export { tileContaining as tileAt } from '@civicgraph/platform';

/** GETs a path of the assets subgraph as the gateway would: signed for `caller`. */
export function getAs(
  baseUrl: string,
  caller: Caller,
  path: string,
  headers: Record<string, string> = {},
): Promise<RouteReply> {
  return getSignedRoute(baseUrl, caller, 'assets', path, headers);
}

/** Every tile at zoom `z` that a box touches. */
export const tilesCovering = (z: number, box: Bbox): TileAddress[] => cover(box, z);

export const tilePath = (layer: string, t: TileAddress, query = '') =>
  `/tiles/${layer}/${t.z}/${t.x}/${t.y}.mvt${query}`;
