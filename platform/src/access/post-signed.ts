import { traceOutgoingCall } from '../observability/client-tracing';
import type { Caller } from './caller';
import { CALLER_HEADER, signCaller } from './caller-token';

export interface SignedPost {
  url: URL | string;
  /** The subgraph the signature is for. */
  audience: string;
  caller: Caller;
  /** A JSON body, as sent: the signature binds these exact bytes. */
  body: string;
  secret: string;
  timeoutMs: number;
}

/**
 * POSTs a JSON body to a subgraph with the caller signed for it (`x-civicgraph-caller`),
 * bound to this method, path and body. Network failures and timeouts reject; the
 * caller decides what an answer means.
 */
export async function postSigned(request: SignedPost): Promise<Response> {
  const url = new URL(request.url);
  const signature = await signCaller(
    request.caller,
    { audience: request.audience, method: 'POST', path: url.pathname, body: request.body },
    request.secret,
  );
  const headers = { 'content-type': 'application/json', [CALLER_HEADER]: signature };
  return traceOutgoingCall({ service: request.audience, method: 'POST', url, headers }, () =>
    fetch(url, {
      method: 'POST',
      headers,
      body: request.body,
      signal: AbortSignal.timeout(request.timeoutMs),
    }),
  );
}
