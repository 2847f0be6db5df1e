import type { Caller } from '../access/caller';
import { CALLER_HEADER, signCaller } from '../access/caller-token';
import { TEST_SECRETS } from './access';

export interface RouteReply {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  /** The body parsed, when it is JSON (refusals, a style); otherwise undefined. */
  json: unknown;
}

/**
 * GETs a subgraph's HTTP route (tiles, photos) as the gateway would: signed for
 * `caller`, for that subgraph (`audience`) and this exact path and query, no body.
 */
export async function getSignedRoute(
  baseUrl: string,
  caller: Caller,
  audience: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<RouteReply> {
  const signature = await signCaller(
    caller,
    { audience, method: 'GET', path, body: '' },
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
