import { CALLER_HEADER, type Caller, signCaller, type TileAddress } from '@civicgraph/platform';
import { TEST_SECRETS } from '@civicgraph/platform/testing';

export interface TileReply {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  /** The body as JSON (refusals). */
  json(): { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
}

/** GETs a path of the requests subgraph as the gateway would: signed for `caller`. */
export async function getAsCaller(
  baseUrl: string,
  caller: Caller,
  path: string,
  headers: Record<string, string> = {},
): Promise<TileReply> {
  const signature = await signCaller(
    caller,
    { audience: 'requests', method: 'GET', path, body: '' },
    TEST_SECRETS.callerSigning,
  );
  const response = await fetch(new URL(path, baseUrl), {
    headers: { [CALLER_HEADER]: signature, ...headers },
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    json: () => JSON.parse(Buffer.from(bytes).toString('utf8')),
  };
}

/** `/tiles/{layer}/{z}/{x}/{y}.mvt`, with a query string when given. */
export function tilePath(layer: string, tile: TileAddress, query = '') {
  return `/tiles/${layer}/${tile.z}/${tile.x}/${tile.y}.mvt${query ? `?${query}` : ''}`;
}

/** The tile (at zoom `z`) a point lies in. */
export function tileAt(z: number, lon: number, lat: number): TileAddress {
  const [x, y] = unitsIn({ z, x: 0, y: 0 }, lon, lat).map((v) => Math.floor(v / 4096));
  return { z, x: x!, y: y! };
}

/** Unrounded tile units of a point, as the tiles' SQL computes them. */
export function unitsIn(tile: TileAddress, lon: number, lat: number): [number, number] {
  const scale = 2 ** tile.z;
  const worldY = 0.5 - Math.asinh(Math.tan((lat * Math.PI) / 180)) / (2 * Math.PI);
  return [(((lon + 180) / 360) * scale - tile.x) * 4096, (worldY * scale - tile.y) * 4096];
}
