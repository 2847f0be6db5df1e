import { CALLER_HEADER, type Caller, signCaller } from '@civicgraph/platform';
import { TEST_SECRETS } from '@civicgraph/platform/testing';

export interface RouteAnswer {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  /** The body as JSON when it is JSON (refusals, the style). */
  json: unknown;
}

/**
 * GETs a subgraph route as the gateway would: signed for `caller`, for the assets
 * subgraph and this exact path and query (and no body).
 */
export async function getAs(
  baseUrl: string,
  caller: Caller,
  path: string,
  headers: Record<string, string> = {},
): Promise<RouteAnswer> {
  const signature = await signCaller(
    caller,
    { audience: 'assets', method: 'GET', path, body: '' },
    TEST_SECRETS.callerSigning,
  );
  const response = await fetch(new URL(path, baseUrl), {
    headers: { [CALLER_HEADER]: signature, ...headers },
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const isJson = response.headers.get('content-type')?.includes('json') ?? false;
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    json: isJson ? JSON.parse(new TextDecoder().decode(bytes)) : undefined,
  };
}

/** The tile at zoom `z` holding a longitude/latitude (Web Mercator, as tiles are cut). */
export function tileAt(z: number, lon: number, lat: number) {
  const n = 2 ** z;
  const sin = Math.sin((lat * Math.PI) / 180);
  const x = Math.floor(((lon + 180) / 360) * n);
  const y = Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n);
  return { z, x, y };
}

/** Every tile at zoom `z` that a box touches (its corners' tiles and those between). */
export function tilesCovering(
  z: number,
  box: { west: number; south: number; east: number; north: number },
) {
  const northWest = tileAt(z, box.west, box.north);
  const southEast = tileAt(z, box.east, box.south);
  const tiles: Array<{ z: number; x: number; y: number }> = [];
  for (let x = northWest.x; x <= southEast.x; x++) {
    for (let y = northWest.y; y <= southEast.y; y++) tiles.push({ z, x, y });
  }
  return tiles;
}

export const tilePath = (layer: string, t: { z: number; x: number; y: number }, query = '') =>
  `/tiles/${layer}/${t.z}/${t.x}/${t.y}.mvt${query}`;
