import { STATUS_CODES } from 'node:http';
import type { FetcherResponse } from '@apollo/utils.fetcher';

/** A subgraph's answer read to its end: what several identical calls can share. */
export interface BufferedAnswer {
  url: string;
  status: number;
  headers: [string, string][];
  text: string;
}

/**
 * The fetch-style response Apollo's data source reads, over an answer already in
 * memory. Each caller gets its own (its own `bodyUsed`, its own parse of the text), so a
 * shared answer is never one object mutated by two requests' query plans.
 */
export function bufferedResponse(answer: BufferedAnswer): FetcherResponse {
  let bodyUsed = false;
  const consume = () => {
    if (bodyUsed) throw new TypeError('Body has already been read');
    bodyUsed = true;
    return answer.text;
  };
  return {
    get bodyUsed() {
      return bodyUsed;
    },
    url: answer.url,
    redirected: false,
    status: answer.status,
    ok: answer.status >= 200 && answer.status < 300,
    statusText: STATUS_CODES[answer.status] ?? '',
    headers: new Headers(answer.headers),
    text: async () => consume(),
    json: async () => JSON.parse(consume()),
    arrayBuffer: async () => new TextEncoder().encode(consume()).buffer as ArrayBuffer,
    clone: () => bufferedResponse(answer),
  };
}
