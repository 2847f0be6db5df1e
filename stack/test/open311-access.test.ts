import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../src';
import { createPartnerKey, startSeededStack } from '../src/testing';

// Open311 clients send a real partner key as `api_key` through the whole stack: the
// gateway reads it as X-API-Key, forwards the rest signed, and answers what it refuses
// itself in the spec's shape (403 for a bad key, 429 per key and per address).
const ANONYMOUS_LIMIT = 8;
const LOW_KEY_LIMIT = 3;

let stack: RunningStack;
/** requests:read and requests:write, a limit out of the way. */
let key: string;
/** A key held to LOW_KEY_LIMIT requests a minute. */
let lowKey: string;
const xml = new XMLParser({ isArray: (name) => name === 'error' });

beforeAll(async () => {
  stack = await startSeededStack({
    city: { seed: 311, requests: 20, now: new Date('2026-11-01T15:00:00Z') },
    access: { rateLimits: { anonymousPerMinute: ANONYMOUS_LIMIT } },
  });
  const scopes = ['CATALOG_READ', 'REQUESTS_READ', 'REQUESTS_WRITE'] as const;
  key = await createPartnerKey(stack.url, scopes, { name: 'Open311 app' });
  lowKey = await createPartnerKey(stack.url, scopes, {
    name: 'Open311 app, slow lane',
    rateLimitPerMinute: LOW_KEY_LIMIT,
  });
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

async function call(path: string, init: RequestInit = {}) {
  const response = await fetch(`${stack.url}/open311/v2${path}`, init);
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    type,
    retryAfter: response.headers.get('retry-after'),
    errors: (type.startsWith('text/xml')
      ? xml.parse(text).errors?.error
      : type.startsWith('application/json')
        ? JSON.parse(text)
        : text) as Array<{ code: number; description: string }>,
  };
}

const form = (body: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body,
});

describe('api_key through the stack', () => {
  it('admits a real partner key from the query and the form, and the subgraph answers the rest', async () => {
    // The subgraph's own answers: it got the request, signed over what the gateway
    // sent without the key (a signature over the client's bytes would be its 401).
    const unknownPath = await call(`/nothing-here.json?api_key=${key}`);
    expect(unknownPath.status).toBe(404);
    expect(unknownPath.errors[0]?.description).toContain('discovery');

    const otherCity = await call(`/services.xml?jurisdiction_id=elsewhere.gov&api_key=${key}`);
    expect(otherCity.status).toBe(404);
    expect(otherCity.errors[0]?.description).toMatch(/jurisdiction_id/);

    const posted = await call(
      '/requests.xml',
      form(`service_code=X&api_key=${key}&jurisdiction_id=elsewhere.gov`),
    );
    expect(posted.status).toBe(404);
    expect(posted.errors[0]?.description).toMatch(/jurisdiction_id/);

    for (const path of [`/discovery?api_key=${key}`, `/discovery.xml?api_key=${key}`]) {
      expect([401, 403]).not.toContain((await call(path)).status);
    }
  });

  it('refuses a bad key with the spec’s 403 in JSON and XML', async () => {
    const unknown = `cgk_zzzzzzzz_${'z'.repeat(43)}`;
    const json = await call(`/discovery.json?api_key=${unknown}`);
    expect(json.status).toBe(403);
    expect(json.type).toMatch(/^application\/json/);
    expect(json.errors).toEqual([{ code: 403, description: 'The API key is not valid' }]);

    const asXml = await call('/requests.xml', form('service_code=X&api_key=not-a-key'));
    expect(asXml.status).toBe(403);
    expect(asXml.type).toMatch(/^text\/xml/);
    expect(asXml.errors).toEqual([{ code: 403, description: 'The API key is not valid' }]);

    // A real key’s prefix with a wrong secret.
    const tampered = `${key.slice(0, -4)}AAAA`;
    expect((await call(`/services.json?api_key=${tampered}`)).status).toBe(403);
  });

  it('holds a key to its own limit: a 429 in Open311’s shape, while the address still gets in', async () => {
    for (let i = 0; i < LOW_KEY_LIMIT; i++) {
      expect((await call(`/nothing.json?api_key=${lowKey}`)).status).toBe(404);
    }
    const limited = await call(`/services.xml?api_key=${lowKey}`);
    expect(limited.status).toBe(429);
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    expect(limited.errors).toEqual([
      { code: 429, description: expect.stringContaining(`${LOW_KEY_LIMIT} a minute`) },
    ]);
    // The key's limit is the key's: the same address without it is not limited.
    expect((await call('/nothing.json')).status).toBe(404);
  });

  it('holds anonymous callers to a limit per address, while a key from it still gets in', async () => {
    let limited: Awaited<ReturnType<typeof call>> | undefined;
    for (let i = 0; i <= ANONYMOUS_LIMIT && !limited; i++) {
      const answer = await call('/nothing.xml');
      if (answer.status === 429) limited = answer;
      else expect(answer.status).toBe(404);
    }
    expect(limited?.type).toMatch(/^text\/xml/);
    expect(Number(limited?.retryAfter)).toBeGreaterThan(0);
    expect(limited?.errors).toEqual([
      { code: 429, description: expect.stringContaining(`${ANONYMOUS_LIMIT} a minute`) },
    ]);
    expect((await call(`/nothing.json?api_key=${key}`)).status).toBe(404);
  });
});
