import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as a stub server's handler sees it: its body already read. */
export interface StubRequest {
  method: string;
  /** Path and query string, e.g. `/graphql`. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface StubAnswer {
  status: number;
  /** Sent as JSON. */
  body: unknown;
}

export interface StubServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  close(): Promise<void>;
}

/**
 * A real HTTP server on a free loopback port that answers each request with what
 * `handle` returns, as JSON: a stand-in for a subgraph or any other service, in tests
 * and benchmarks.
 */
export async function startStubServer(
  handle: (request: StubRequest) => StubAnswer | Promise<StubAnswer>,
): Promise<StubServer> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', async () => {
      const answer = await handle({
        method: request.method ?? 'GET',
        url: request.url ?? '/',
        headers: request.headers,
        body,
      });
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
