import type { FetcherResponse } from '@apollo/utils.fetcher';
import { CALLER_HEADER, type Caller } from '@civicgraph/platform';
import { request } from 'undici';
import { type BufferedAnswer, bufferedResponse } from './buffered-response';
import { InflightDeduplication } from './inflight-deduplication';
import { subgraphAgent } from './keep-alive-agent';

export interface SubgraphRequest {
  method: string;
  /** Signed already: the caller header is in here. */
  headers: Record<string, string>;
  body: string;
  signal?: AbortSignal;
}

/** Headers that differ per client request without changing what a subgraph answers. */
const PER_REQUEST_HEADERS = new Set([CALLER_HEADER, 'traceparent', 'tracestate', 'x-request-id']);

/**
 * A subgraph operation that only reads: a query (`query …` or the `{ … }` shorthand)
 * as the gateway writes its bodies, `{"query":"…",…}`. Anything else — a mutation, or
 * a body of another shape — is never shared.
 */
const READ_ONLY_BODY = /^\{"query":"(?:query\b|\{)/;

const calls = new InflightDeduplication<BufferedAnswer>();

/** Subgraph calls that waited for an identical one in flight instead of going out (a counter for metrics). */
export function sharedSubgraphCalls(): number {
  return calls.shared;
}

/**
 * What makes two calls the same call: the subgraph, the caller (as verified, not its
 * signature, which differs per call), every header that can change the answer (the
 * public origin) and the exact body. Null when the call must go out on its own.
 */
function sharingKey(url: URL, caller: Caller, call: SubgraphRequest): string | null {
  if (call.method !== 'POST' || call.signal || !READ_ONLY_BODY.test(call.body)) return null;
  const headers = Object.entries(call.headers)
    .filter(([name]) => !PER_REQUEST_HEADERS.has(name.toLowerCase()))
    .map(([name, value]) => `${name.toLowerCase()}:${value}`)
    .sort();
  return JSON.stringify([url.href, caller, headers, call.body]);
}

async function send(url: URL, call: SubgraphRequest): Promise<BufferedAnswer> {
  const answer = await request(url, {
    method: call.method as 'POST',
    headers: call.headers,
    body: call.body,
    dispatcher: subgraphAgent,
    ...(call.signal ? { signal: call.signal } : {}),
  });
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.push([name, one]);
  }
  return { url: url.href, status: answer.statusCode, headers, text: await answer.body.text() };
}

/**
 * Calls a subgraph over kept-alive connections (undici's `request`, without the cost of
 * WHATWG fetch's streams) and reads the answer to its end. A read-only call identical
 * to one already in flight — same subgraph, same caller, same headers, same body —
 * waits for that one's answer instead of going out again, as Hive Gateway does; a
 * mutation never does.
 */
export async function fetchFromSubgraph(
  url: URL,
  caller: Caller,
  call: SubgraphRequest,
): Promise<FetcherResponse> {
  const key = sharingKey(url, caller, call);
  const answer = key === null ? await send(url, call) : await calls.run(key, () => send(url, call));
  return bufferedResponse(answer);
}
