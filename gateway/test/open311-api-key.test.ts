import { ANONYMOUS, type Caller } from '@civicgraph/platform';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accessToken } from './harness';
import {
  type Open311Gateway,
  open311Errors,
  postForm,
  startOpen311Gateway,
} from './open311-harness';

// Open311 clients send their key as `api_key`, in the query string or in the POST's
// form: the gateway reads it as it reads X-API-Key, and the subgraph never sees it.
const partner: Caller = { kind: 'partner', id: 'client-311', scopes: ['requests:write'] };
const staffId = '11111111-1111-4111-8111-111111111111';
const sessionId = '22222222-2222-4222-8222-222222222222';
const dispatcher: Caller = { kind: 'staff', id: staffId, roles: ['DISPATCHER'], sessionId };
const KEY = `cgk_o311abcd_${'k'.repeat(43)}`;
const OTHER_KEY = `cgk_o311efgh_${'o'.repeat(43)}`;
const REVOKED_KEY = `cgk_dead0311_${'r'.repeat(43)}`;
/** Keys no test has used before the one that counts lookups. */
const FRESH_KEY = `cgk_o311ijkl_${'f'.repeat(43)}`;
const FRESH_UNKNOWN_KEY = `cgk_o311mnop_${'n'.repeat(43)}`;

let at: Open311Gateway;
const url = (path: string) => `${at.origin}/open311/v2${path}`;

beforeAll(async () => {
  at = await startOpen311Gateway();
  at.stubs.table.keys.set(KEY, { caller: partner, rateLimitPerMinute: 1000 });
  at.stubs.table.keys.set(OTHER_KEY, { caller: partner, rateLimitPerMinute: 1000 });
  at.stubs.table.keys.set(FRESH_KEY, { caller: partner, rateLimitPerMinute: 1000 });
  at.stubs.table.keys.set(REVOKED_KEY, { caller: null });
  at.stubs.table.sessions.set(sessionId, dispatcher);
});

afterAll(async () => {
  await at?.close();
});

beforeEach(() => {
  at.seen.length = 0;
  at.stubs.reset();
});

/** No key anywhere in what the subgraph received: not its value, not its name. */
function expectNoKeyForwarded() {
  for (const call of at.seen) {
    for (const text of [call.url, call.body]) {
      expect(text).not.toMatch(/api(_|%5f)key/i);
      expect(text).not.toContain('cgk_');
    }
  }
}

describe('api_key on /open311/v2', () => {
  it('admits the partner of an api_key query parameter and forwards the rest of the query as sent', async () => {
    const query = `service_code=A%2CB&api_key=${KEY}&status=open&t=caf%C3%A9+%26&a=1&a=2`;
    const response = await fetch(url(`/requests.json?${query}`));
    expect(response.status).toBe(200);
    expect(at.seen).toHaveLength(1);
    expect(at.seen[0]).toMatchObject({
      method: 'GET',
      url: '/open311/v2/requests.json?service_code=A%2CB&status=open&t=caf%C3%A9+%26&a=1&a=2',
      caller: partner,
    });
    expectNoKeyForwarded();
  });

  it('takes the key out of a POST form, keeps every other byte, and signs what it sent', async () => {
    const form = [
      'service_code=POTHOLE',
      'attribute%5Bsize%5D=large',
      `api_key=${KEY}`,
      'description=caf%C3%A9+au+lait%21',
      'attribute%5Bsides%5D%5B%5D=n&attribute%5Bsides%5D%5B%5D=s',
    ].join('&');
    const response = await postForm(url('/requests.xml'), form);
    expect(response.status).toBe(200);
    expect(at.seen).toHaveLength(1);
    expect(at.seen[0]).toMatchObject({
      method: 'POST',
      url: '/open311/v2/requests.xml',
      contentType: 'application/x-www-form-urlencoded',
      body: 'service_code=POTHOLE&attribute%5Bsize%5D=large&description=caf%C3%A9+au+lait%21&attribute%5Bsides%5D%5B%5D=n&attribute%5Bsides%5D%5B%5D=s',
      // The signature covers the body as forwarded: the stand-in verified it.
      caller: partner,
    });
    expectNoKeyForwarded();
  });

  it('reads the key from the query of a POST too, and from every spelling URLSearchParams reads', async () => {
    await postForm(url(`/requests?api_key=${KEY}`), 'service_code=POTHOLE');
    await postForm(url('/requests'), `api%5Fkey=${KEY}&service_code=POTHOLE`);
    await fetch(url(`/services?api%5fkey=${KEY}`));
    expect(at.seen.map((s) => s.caller)).toEqual([partner, partner, partner]);
    expect(at.seen.map((s) => s.body)).toEqual([
      'service_code=POTHOLE',
      'service_code=POTHOLE',
      '',
    ]);
    expectNoKeyForwarded();
  });

  it('shares one lookup and cache with X-API-Key, which still works here', async () => {
    await fetch(url('/services.json'), { headers: { 'x-api-key': FRESH_KEY } });
    await fetch(url(`/services.json?api_key=${FRESH_KEY}`));
    await postForm(url('/requests.json'), `api_key=${FRESH_KEY}`, { 'x-api-key': FRESH_KEY });
    expect(at.seen.map((s) => s.caller)).toEqual([partner, partner, partner]);
    expect(at.stubs.lookups).toEqual([{ apiKey: FRESH_KEY }]);
  });

  it('passes the anonymous caller without a key, or with an empty one, and a staff Bearer token', async () => {
    await fetch(url('/services.json'));
    await fetch(url('/services.json?api_key='));
    const token = await accessToken({ staffId, sessionId, roles: ['DISPATCHER'] });
    await fetch(url('/services.json'), { headers: { authorization: `Bearer ${token}` } });
    expect(at.seen.map((s) => s.caller)).toEqual([ANONYMOUS, ANONYMOUS, dispatcher]);
    expect(at.seen[1]!.url).toBe('/open311/v2/services.json');
  });

  it('refuses a bad key with the spec’s 403, in JSON and in XML, without asking the subgraph', async () => {
    for (const key of [REVOKED_KEY, `cgk_nope0311_${'u'.repeat(43)}`, 'not-a-key', '%00']) {
      const json = await fetch(url(`/services.json?api_key=${encodeURIComponent(key)}`));
      expect(json.status, key).toBe(403);
      expect(await open311Errors(json)).toEqual([
        { code: 403, description: 'The API key is not valid' },
      ]);
    }
    const asXml = await postForm(url('/requests.xml'), `service_code=X&api_key=${REVOKED_KEY}`);
    expect(asXml.status).toBe(403);
    expect(asXml.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(await open311Errors(asXml)).toEqual([
      { code: 403, description: 'The API key is not valid' },
    ]);
    // A bad X-API-Key is the same 403 here (GraphQL's 401 is for /graphql).
    const header = await fetch(url('/discovery.xml'), { headers: { 'x-api-key': REVOKED_KEY } });
    expect(header.status).toBe(403);
    expect(at.seen).toEqual([]);
  });

  it('refuses two different keys with a 400, wherever they came from', async () => {
    const twice = [
      fetch(url(`/services.json?api_key=${KEY}&api_key=${OTHER_KEY}`)),
      fetch(url(`/services.json?api_key=${KEY}`), { headers: { 'x-api-key': OTHER_KEY } }),
      postForm(url(`/requests.json?api_key=${KEY}`), `api_key=${OTHER_KEY}`),
      postForm(url('/requests.xml'), `api_key=${KEY}&a=1&api_key=${OTHER_KEY}`),
    ];
    for (const response of await Promise.all(twice)) {
      expect(response.status).toBe(400);
      const [error] = await open311Errors(response);
      expect(error).toEqual({ code: 400, description: expect.stringContaining('api_key') });
    }
    // A token and a key: which caller is it?
    const token = await accessToken({ staffId, sessionId, roles: ['DISPATCHER'] });
    const both = await fetch(url(`/services.json?api_key=${KEY}`), {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(both.status).toBe(400);
    // The same key twice is one key.
    const same = await fetch(url(`/services.json?api_key=${KEY}&api_key=${KEY}`));
    expect(same.status).toBe(200);
    expect(at.seen.map((s) => s.caller)).toEqual([partner]);
  });

  it('answers odd api_key values with a 4xx or as anonymous, never a 5xx, and forwards no key', async () => {
    const odd = [
      'api_key=%00',
      'api_key=%',
      'api_key=%F0%9F%94%91',
      `api_key=${'k'.repeat(4000)}`,
      `api_key=cgk_${'%C3%A9'.repeat(50)}`,
      'api_key[]=cgk_abcdefgh',
      'api_key=a&api_key=',
      'api_key',
      '&&api_key=&&',
    ];
    for (const pair of odd) {
      const get = await fetch(url(`/services.xml?${pair}`));
      expect(get.status, pair).toBeLessThan(500);
      const posted = await postForm(url('/requests.json'), pair);
      expect(posted.status, pair).toBeLessThan(500);
      if (get.status !== 200) expect((await open311Errors(get))[0], pair).toHaveProperty('code');
    }
    for (const call of at.seen) expect(call.url + call.body).not.toMatch(/api_key=/);
  });

  it('keeps the other routes as they were: JSON refusals, 401, no api_key parameter', async () => {
    const photos = await fetch(`${at.origin}/photos/x`, {
      headers: { 'x-api-key': FRESH_UNKNOWN_KEY },
    });
    expect(photos.status).toBe(401);
    expect(await photos.json()).toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const tiles = await fetch(`${at.origin}/tiles/requests/1/2/3.pbf?api_key=${REVOKED_KEY}`);
    expect(tiles.status).not.toBe(401);
    // Only the header was looked up: a tile's api_key is just a parameter.
    expect(at.stubs.lookups).toEqual([{ apiKey: FRESH_UNKNOWN_KEY }]);
  });
});
