import { request as httpRequest } from 'node:http';
import type { Caller } from '@civicgraph/platform';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HAPPY_ANSWERS, post, StubSubgraphs, startTestGateway } from './harness';
import {
  type Open311Gateway,
  open311Errors,
  postForm,
  startOpen311Gateway,
} from './open311-harness';

// What the gateway answers itself on /open311/v2 is the spec's error list, in the
// format the path asked for: limits, bodies, a subgraph or accounts down, a path
// that leaves the prefix.
const partner: Caller = { kind: 'partner', id: 'client-311-limits', scopes: ['catalog:read'] };
const KEY = `cgk_o311lmts_${'k'.repeat(43)}`;
const SPENT_KEY = `cgk_o311sp3n_${'s'.repeat(43)}`;
const PARTNER_LIMIT = 2;
const ANONYMOUS_LIMIT = 3;

let at: Open311Gateway;
const url = (path: string) => `${at.origin}/open311/v2${path}`;

beforeAll(async () => {
  at = await startOpen311Gateway({
    rateLimits: { anonymousPerMinute: ANONYMOUS_LIMIT, staffPerMinute: 1000, keyPrefix: 'o311' },
  });
  at.stubs.table.keys.set(KEY, { caller: partner, rateLimitPerMinute: PARTNER_LIMIT });
  at.stubs.table.keys.set(SPENT_KEY, { caller: partner, rateLimitPerMinute: PARTNER_LIMIT });
});

afterAll(async () => {
  await at?.close();
});

/** The status and body of a GET of `path` exactly as written (fetch resolves `..`). */
function rawGet(origin: string, path: string) {
  return new Promise<{ status: number; type: string; text: string }>((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const request = httpRequest({ hostname, port, path }, (response) => {
      let text = '';
      response.on('data', (chunk) => {
        text += chunk;
      });
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          type: String(response.headers['content-type']),
          text,
        }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

describe('the gateway’s own refusals on /open311/v2', () => {
  it('holds a partner key to its own limit: a 429 in Open311’s shape with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < PARTNER_LIMIT; i++) {
      statuses.push((await fetch(url(`/services.json?api_key=${KEY}`))).status);
    }
    expect(statuses).toEqual([200, 200]);
    for (const path of [`/services.json?api_key=${KEY}`, `/services.xml?api_key=${KEY}`]) {
      const limited = await fetch(url(path));
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      const [error] = await open311Errors(limited);
      expect(error).toEqual({ code: 429, description: expect.stringMatching(/Too many requests/) });
    }
  });

  it('counts Open311 and GraphQL against one budget per key', async () => {
    for (let i = 0; i < PARTNER_LIMIT; i++) {
      await postForm(url('/requests.json'), `api_key=${SPENT_KEY}&service_code=X`);
    }
    const graphql = await post(
      at.graphqlUrl,
      { query: '{ services { code } }' },
      {
        'x-api-key': SPENT_KEY,
      },
    );
    expect(graphql.status).toBe(429);
  });

  it('holds anonymous callers to a limit per address, apart from the keys', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= ANONYMOUS_LIMIT; i++) {
      statuses.push((await fetch(url('/discovery.xml'))).status);
    }
    expect(statuses.slice(0, ANONYMOUS_LIMIT).every((status) => status !== 429)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const limited = await fetch(url('/discovery.xml'));
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await open311Errors(limited)).toEqual([
      { code: 429, description: expect.stringContaining(`${ANONYMOUS_LIMIT} a minute`) },
    ]);
  });
});

describe('refusals that are not about the caller', () => {
  let open: Open311Gateway;
  const openUrl = (path: string) => `${open.origin}/open311/v2${path}`;

  beforeAll(async () => {
    open = await startOpen311Gateway();
  });

  afterAll(async () => {
    await open?.close();
  });

  beforeEach(() => {
    open.seen.length = 0;
  });

  it('refuses a body over 64 KiB with a 413 without asking the subgraph', async () => {
    const big = `description=${'x'.repeat(64 * 1024)}`;
    for (const [path, type] of [
      ['/requests.json', /^application\/json/],
      ['/requests.xml', /^text\/xml/],
    ] as const) {
      const response = await postForm(openUrl(path), big);
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toMatch(type);
      expect(await open311Errors(response)).toEqual([
        { code: 413, description: 'The request body is over 65536 bytes' },
      ]);
    }
    expect(open.seen).toEqual([]);
  });

  it('turns a failing subgraph into a 502 in the path’s format, its body unseen', async () => {
    const response = await fetch(openUrl('/requests/fail.xml?api_key='));
    expect(response.status).toBe(502);
    const text = await response.clone().text();
    expect(text).not.toMatch(/secrets/);
    expect(await open311Errors(response)).toEqual([
      { code: 502, description: expect.stringContaining('requests service') },
    ]);
    expect(open.seen).toHaveLength(1);
  });

  it('answers a method no endpoint takes with a 405 in the path’s format', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const response = await fetch(openUrl('/requests/1.xml'), { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, POST, HEAD');
      expect(await open311Errors(response)).toEqual([
        { code: 405, description: `${method} is not served here: use GET or POST` },
      ]);
    }
    expect(open.seen).toEqual([]);
  });

  it('answers a path that leaves /open311/v2 with the spec’s 404, never the subgraph’s other routes', async () => {
    const escaping = [
      ['/open311/v2/../graphql', /^application\/json/],
      ['/open311/v2/%2e%2e/health.xml', /^text\/xml/],
    ] as const;
    for (const [path, type] of escaping) {
      const response = await rawGet(open.origin, path);
      expect(response.status, path).toBe(404);
      expect(response.type, path).toMatch(type);
    }
    const [error] = await open311Errors(
      new Response((await rawGet(open.origin, '/open311/v2/../graphql')).text, {
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(error).toEqual({ code: 404, description: 'No route for GET /open311/v2/../graphql' });
    expect(open.seen).toEqual([]);
  });
});

describe('accounts down', () => {
  it('answers a key it cannot check with a 503 in Open311’s shape, with Retry-After', async () => {
    const stubs = await new StubSubgraphs(HAPPY_ANSWERS).start();
    // Accounts at an address nobody answers.
    const dead = 'http://127.0.0.1:9/graphql';
    const gateway = await startTestGateway({ ...stubs.urls, accounts: dead });
    try {
      const origin = new URL(gateway.url).origin;
      const response = await fetch(`${origin}/open311/v2/services.xml?api_key=${KEY}`);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(await open311Errors(response)).toEqual([
        { code: 503, description: expect.stringContaining('accounts service is unavailable') },
      ]);
    } finally {
      await gateway.close();
      await stubs.close();
    }
  });
});
