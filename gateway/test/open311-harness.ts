import { CALLER_HEADER, type Caller, verifyCaller } from '@civicgraph/platform';
import { type StubServer, startStubServer, TEST_SECRETS } from '@civicgraph/platform/testing';
import { XMLParser } from 'fast-xml-parser';
import type { AccessOverrides } from '../src';
import { HAPPY_ANSWERS, StubSubgraphs, startTestGateway } from './harness';

/** What the requests stand-in got on /open311/v2, and the caller it verified. */
export interface Open311Seen {
  method: string;
  url: string;
  contentType: string | undefined;
  body: string;
  /** null: the signature did not match the bytes received. */
  caller: Caller | null;
}

/**
 * The whole gateway (its real public routes) in front of stand-in subgraphs, the
 * requests one answering /open311/v2 itself: it records each call, checks the
 * gateway's signature over the bytes it received, and answers a 500 for a path with
 * `fail` in it (what the gateway must turn into its own 502). /graphql gets the
 * harness's happy answer, so one key can be spent on both.
 */
export async function startOpen311Gateway(access: AccessOverrides = {}) {
  const stubs = await new StubSubgraphs(HAPPY_ANSWERS).start();
  const seen: Open311Seen[] = [];
  const requests: StubServer = await startStubServer(async (request) => {
    const header = request.headers[CALLER_HEADER];
    const caller = await verifyCaller(
      typeof header === 'string' ? header : undefined,
      { audience: 'requests', method: request.method, path: request.url, body: request.body },
      TEST_SECRETS.callerSigning,
    ).catch(() => null);
    if (!request.url.startsWith('/open311/')) return HAPPY_ANSWERS.requests;
    const contentType = request.headers['content-type'];
    seen.push({
      method: request.method,
      url: request.url,
      contentType,
      body: request.body,
      caller,
    });
    if (request.url.includes('fail')) return { status: 500, body: { stack: 'secrets' } };
    return { status: 200, body: [{ echoed: request.url }] };
  });
  const gateway = await startTestGateway(
    { ...stubs.urls, requests: `${requests.origin}/graphql` },
    access,
  );
  const origin = new URL(gateway.url).origin;
  return {
    stubs,
    seen,
    origin,
    graphqlUrl: gateway.url,
    async close() {
      await gateway.close();
      await requests.close();
      await stubs.close();
    },
  };
}

export type Open311Gateway = Awaited<ReturnType<typeof startOpen311Gateway>>;

const xml = new XMLParser({ isArray: (name) => name === 'error' });

/** The spec's error list, from JSON or from XML, as `[{ code, description }]`. */
export async function open311Errors(response: Response) {
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  if (type.startsWith('text/xml')) {
    return (xml.parse(text) as { errors: { error: unknown[] } }).errors.error;
  }
  if (!type.startsWith('application/json')) throw new Error(`not an Open311 answer: ${type}`);
  return JSON.parse(text) as unknown[];
}

/** A form-encoded POST. */
export function postForm(url: string, body: string, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
}
