import { request as httpRequest } from 'node:http';
import { PUBLIC_ORIGIN_HEADER } from '@civicgraph/platform';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  HAPPY_ANSWERS,
  post,
  type RunningServer,
  StubSubgraphs,
  startTestGateway,
} from './harness';

// The gateway names the origin a client reached it at on its GraphQL calls to
// subgraphs, read as its HTTP routes read it (the Host, or the proxy's forwarded host
// with TRUST_PROXY), so that the graph's URLs (a dataset's distributions) are absolute
// on it. A client cannot name it itself.

const QUERY = { query: '{ services { code } }' };

let stubs: StubSubgraphs;
let direct: RunningServer;
let proxied: RunningServer;
const originOf = (server: RunningServer) => server.url.replace(/\/graphql$/, '');

beforeAll(async () => {
  stubs = await new StubSubgraphs(HAPPY_ANSWERS).start();
  direct = await startTestGateway(stubs.urls);
  proxied = await startTestGateway(stubs.urls, { trustProxy: true });
});

afterAll(async () => {
  await direct?.close();
  await proxied?.close();
  await stubs?.close();
});

beforeEach(() => stubs.reset());

/** A POST with a Host header of the test's choosing (fetch would not send one). */
function postWithHost(url: string, host: string): Promise<number> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { host, 'content-type': 'application/json' },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(QUERY));
  });
}

describe('the origin on GraphQL calls to subgraphs', () => {
  it('is the one the client reached, whatever the client claims', async () => {
    const response = await post(direct.url, QUERY, {
      [PUBLIC_ORIGIN_HEADER]: 'https://evil.example',
      // Not trusted without TRUST_PROXY.
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    });
    expect(response.status).toBe(200);
    expect(stubs.received.requests.map((r) => r.origin)).toEqual([originOf(direct)]);
  });

  it('follows the Host the client sent, and is left out when that is no bare host', async () => {
    const port = new URL(direct.url).port;
    expect(await postWithHost(direct.url, `data.city.example:${port}`)).toBe(200);
    expect(await postWithHost(direct.url, 'evil.example/path')).toBe(200);
    expect(stubs.received.requests.map((r) => r.origin)).toEqual([
      `http://data.city.example:${port}`,
      null,
    ]);
  });

  it("is the proxy's forwarded origin behind TRUST_PROXY", async () => {
    const response = await post(proxied.url, QUERY, {
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'data.city.example',
      [PUBLIC_ORIGIN_HEADER]: 'https://evil.example',
    });
    expect(response.status).toBe(200);
    expect(stubs.received.requests.map((r) => r.origin)).toEqual(['https://data.city.example']);
  });
});
