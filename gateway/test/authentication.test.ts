import { ANONYMOUS, type Caller } from '@civicgraph/platform';
import { TEST_SECRETS } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  accessToken,
  firstError,
  HAPPY_ANSWERS,
  post,
  type RunningServer,
  StubSubgraphs,
  startTestGateway,
} from './harness';

const QUERY = { query: '{ services { code } }' };
const staffId = '11111111-1111-4111-8111-111111111111';
const sessionId = '22222222-2222-4222-8222-222222222222';
const dispatcher: Caller = { kind: 'staff', id: staffId, roles: ['DISPATCHER'], sessionId };
const partner: Caller = { kind: 'partner', id: 'client-1', scopes: ['catalog:read'] };
const KEY = `cgk_abcd1234_${'k'.repeat(43)}`;
const REVOKED_KEY = `cgk_dead0000_${'r'.repeat(43)}`;
const UNKNOWN_KEY = `cgk_nope0000_${'u'.repeat(43)}`;

let stubs: StubSubgraphs;
let gateway: RunningServer;

beforeAll(async () => {
  stubs = await new StubSubgraphs(HAPPY_ANSWERS).start();
  stubs.table.sessions.set(sessionId, dispatcher);
  stubs.table.keys.set(KEY, { caller: partner, rateLimitPerMinute: 1000 });
  stubs.table.keys.set(REVOKED_KEY, { caller: null });
  gateway = await startTestGateway(stubs.urls);
});

afterAll(async () => {
  await gateway?.close();
  await stubs?.close();
});

beforeEach(() => stubs.reset());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('who is calling', () => {
  it('signs the anonymous caller to subgraphs when no credentials are sent', async () => {
    const response = await post(gateway.url, QUERY);
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ services: [{ code: 'POTHOLE' }] });
    expect(stubs.received.requests.map((r) => r.caller)).toEqual([ANONYMOUS]);
    expect(stubs.lookups).toEqual([]);
  });

  it('signs the staff caller accounts confirms for a valid access token', async () => {
    const token = await accessToken({ staffId, sessionId, roles: ['DISPATCHER'] });
    const response = await post(gateway.url, QUERY, bearer(token));
    expect(response.status).toBe(200);
    expect(stubs.received.requests.map((r) => r.caller)).toEqual([dispatcher]);
    expect(stubs.lookups).toEqual([{ sessionId }]);
  });

  it('signs the partner caller accounts names for a valid API key', async () => {
    const response = await post(gateway.url, QUERY, { 'x-api-key': KEY });
    expect(response.status).toBe(200);
    expect(stubs.received.requests.map((r) => r.caller)).toEqual([partner]);
  });

  it('signs its lookups as the gateway itself (accounts refuses any other caller)', async () => {
    // The stand-in accounts answers 403 to anything but a signed gateway; a lookup
    // answered at all is the proof. Here a fresh session, so the cache cannot answer.
    const other = '33333333-3333-4333-8333-333333333333';
    stubs.table.sessions.set(other, { ...dispatcher, sessionId: other });
    const token = await accessToken({ staffId, sessionId: other, roles: ['DISPATCHER'] });
    expect((await post(gateway.url, QUERY, bearer(token))).status).toBe(200);
    expect(stubs.lookups).toEqual([{ sessionId: other }]);
  });
});

describe('credentials refused with 401, never served as anonymous', () => {
  const refusals: Array<[string, () => Promise<Record<string, string>>, string]> = [
    [
      'an expired access token',
      async () =>
        bearer(
          await accessToken(
            { staffId, sessionId, roles: ['DISPATCHER'] },
            { expiresAt: Math.floor(Date.now() / 1000) - 60 },
          ),
        ),
      'EXPIRED',
    ],
    [
      'a token signed with another secret',
      async () =>
        bearer(
          await accessToken(
            { staffId, sessionId, roles: ['ADMIN'] },
            { secret: 'forged-secret-forged-secret-forged-secret' },
          ),
        ),
      'INVALID',
    ],
    [
      'a token of a revoked session',
      async () =>
        bearer(
          await accessToken({
            staffId,
            sessionId: '44444444-4444-4444-8444-444444444444',
            roles: ['DISPATCHER'],
          }),
        ),
      'SESSION_ENDED',
    ],
    [
      "a token whose session is someone else's",
      async () =>
        bearer(
          await accessToken({
            staffId: '55555555-5555-4555-8555-555555555555',
            sessionId,
            roles: ['ADMIN'],
          }),
        ),
      'SESSION_ENDED',
    ],
    ['a token that is not a JWT', async () => bearer('not-a-token'), 'INVALID'],
    [
      'another scheme than Bearer',
      async () => ({ authorization: `Basic ${TEST_SECRETS.accessToken}` }),
      'INVALID',
    ],
    ['an unknown API key', async () => ({ 'x-api-key': UNKNOWN_KEY }), 'INVALID'],
    ['a revoked API key', async () => ({ 'x-api-key': REVOKED_KEY }), 'INVALID'],
    ['a key not shaped like one', async () => ({ 'x-api-key': 'hunter2' }), 'INVALID'],
  ];

  it.each(refusals)('refuses %s', async (_name, headers, reason) => {
    const response = await post(gateway.url, QUERY, await headers());
    expect(response.status).toBe(401);
    expect(firstError(response.body)).toEqual({ code: 'UNAUTHENTICATED', reason });
    expect(response.body.data).toBeUndefined();
    expect(stubs.subgraphCalls).toBe(0);
  });

  it('refuses a request carrying both a token and a key', async () => {
    const token = await accessToken({ staffId, sessionId, roles: ['DISPATCHER'] });
    const response = await post(gateway.url, QUERY, { ...bearer(token), 'x-api-key': KEY });
    expect(response.status).toBe(400);
    expect(firstError(response.body).code).toBe('BAD_REQUEST');
    expect(stubs.subgraphCalls).toBe(0);
  });
});

describe('lookups are cached', () => {
  it('asks accounts about a key once, however often it is used', async () => {
    const fresh = `cgk_cache000_${'c'.repeat(43)}`;
    stubs.table.keys.set(fresh, { caller: partner });
    for (let i = 0; i < 3; i++) {
      expect((await post(gateway.url, QUERY, { 'x-api-key': fresh })).status).toBe(200);
    }
    expect(stubs.lookups).toEqual([{ apiKey: fresh }]);
    expect(stubs.received.requests).toHaveLength(3);
  });

  it('asks once for concurrent requests with the same key', async () => {
    const fresh = `cgk_burst000_${'b'.repeat(43)}`;
    stubs.table.keys.set(fresh, { caller: partner });
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => post(gateway.url, QUERY, { 'x-api-key': fresh })),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(stubs.lookups).toEqual([{ apiKey: fresh }]);
  });

  it('keeps "no such key" too, so a wrong key does not ask accounts every time', async () => {
    const wrong = `cgk_wrong000_${'w'.repeat(43)}`;
    expect((await post(gateway.url, QUERY, { 'x-api-key': wrong })).status).toBe(401);
    expect((await post(gateway.url, QUERY, { 'x-api-key': wrong })).status).toBe(401);
    expect(stubs.lookups).toEqual([{ apiKey: wrong }]);
  });

  it('asks about a session once across several tokens of it', async () => {
    const other = '66666666-6666-4666-8666-666666666666';
    stubs.table.sessions.set(other, { ...dispatcher, sessionId: other });
    for (let i = 0; i < 2; i++) {
      const token = await accessToken({ staffId, sessionId: other, roles: ['DISPATCHER'] });
      expect((await post(gateway.url, QUERY, bearer(token))).status).toBe(200);
    }
    expect(stubs.lookups).toEqual([{ sessionId: other }]);
  });
});

describe('accounts unavailable', () => {
  let lonely: RunningServer;

  beforeAll(async () => {
    lonely = await startTestGateway({ ...stubs.urls, accounts: 'http://127.0.0.1:9/graphql' });
  });
  afterAll(async () => {
    await lonely?.close();
  });

  it('answers callers with credentials 503, and serves anonymous callers', async () => {
    const token = await accessToken({ staffId, sessionId, roles: ['DISPATCHER'] });
    for (const headers of [bearer(token), { 'x-api-key': KEY }]) {
      const response = await post(lonely.url, QUERY, headers);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(firstError(response.body)).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        service: 'accounts',
      });
    }
    expect(stubs.subgraphCalls).toBe(0);
    const anonymous = await post(lonely.url, QUERY);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.data).toEqual({ services: [{ code: 'POTHOLE' }] });
  });
});
