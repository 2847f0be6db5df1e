import type { FetcherResponse } from '@apollo/utils.fetcher';
import type { Caller } from '@civicgraph/platform';
import { request } from 'undici';
import { type BufferedAnswer, bufferedResponse } from './buffered-response';
import { subgraphAgent } from './keep-alive-agent';

export interface SubgraphRequest {
  method: string;
  /** Signed already: the caller header is in here. */
  headers: Record<string, string>;
  body: string;
  signal?: AbortSignal;
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
 * WHATWG fetch's streams) and reads the answer to its end.
 */
export async function fetchFromSubgraph(
  url: URL,
  _caller: Caller,
  call: SubgraphRequest,
): Promise<FetcherResponse> {
  return bufferedResponse(await send(url, call));
}
