import { randomUUID } from 'node:crypto';
import type { Caller } from '@civicgraph/platform';
import { redisReachable } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
const REDIS_URL = 'redis://127.0.0.1:6379';
const partner: Caller = { kind: 'partner', id: 'client-2', scopes: ['catalog:read'] };
const KEY = `cgk_rate0000_${'k'.repeat(43)}`;
const ACTING_KEY = `cgk_acts0000_${'a'.repeat(43)}`;
const actingApp: Caller = { kind: 'partner', id: 'client-3', scopes: ['residents:act'] };
const consentFor = (n: number) => `cgc_${String(n).repeat(43).slice(0, 43)}`;

let stubs: StubSubgraphs;

const hasRedis = await redisReachable(REDIS_URL);
if (!hasRedis) console.warn(`Skipping the shared rate-limit tests: no Redis at ${REDIS_URL}`);

/** Sends `count` requests one after another and returns their statuses. */
async function statuses(url: string, count: number, headers: Record<string, string> = {}) {
  const result: number[] = [];
  for (let i = 0; i < count; i++) result.push((await post(url, QUERY, headers)).status);
  return result;
}

beforeAll(async () => {
  stubs = await new StubSubgraphs(HAPPY_ANSWERS).start();
  stubs.table.keys.set(KEY, { caller: partner, rateLimitPerMinute: 2 });
  stubs.table.keys.set(ACTING_KEY, { caller: actingApp, rateLimitPerMinute: 2 });
  for (const n of [1, 2, 3]) {
    stubs.table.consents.set(`${consentFor(n)} client-3`, {
      kind: 'resident',
      id: `resident-${n}`,
      actingPartnerId: 'client-3',
    });
  }
});

afterAll(async () => {
  await stubs?.close();
});

describe('rate limits in one instance', () => {
  let gateway: RunningServer;

  beforeAll(async () => {
    gateway = await startTestGateway(stubs.urls, {
      rateLimits: { anonymousPerMinute: 3, staffPerMinute: 4 },
      // The tests' addresses come from X-Forwarded-For.
      trustProxy: true,
    });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('answers 429 with Retry-After once an address spends its anonymous allowance', async () => {
    const address = { 'x-forwarded-for': '203.0.113.7' };
    expect(await statuses(gateway.url, 3, address)).toEqual([200, 200, 200]);
    stubs.reset();
    const refused = await post(gateway.url, QUERY, address);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(firstError(refused.body)).toEqual({
      code: 'RATE_LIMITED',
      limit: 3,
      retryAfterSeconds: retryAfter,
    });
    expect(stubs.subgraphCalls).toBe(0);
    // Another address has its own allowance.
    expect(await statuses(gateway.url, 1, { 'x-forwarded-for': '203.0.113.8' })).toEqual([200]);
  });

  it("holds a partner key to its client's own limit, wherever it calls from", async () => {
    const calls = [
      { 'x-api-key': KEY, 'x-forwarded-for': '198.51.100.1' },
      { 'x-api-key': KEY, 'x-forwarded-for': '198.51.100.2' },
      { 'x-api-key': KEY, 'x-forwarded-for': '198.51.100.3' },
    ];
    const result = [];
    for (const headers of calls) result.push((await post(gateway.url, QUERY, headers)).status);
    expect(result).toEqual([200, 200, 429]);
  });

  it('holds an app acting for residents to its own limit, whichever resident it acts for', async () => {
    const result = [];
    for (const n of [1, 2, 3]) {
      const headers = { 'x-api-key': ACTING_KEY, 'x-resident-consent': consentFor(n) };
      result.push((await post(gateway.url, QUERY, headers)).status);
    }
    expect(result).toEqual([200, 200, 429]);
  });

  it('gives each staff member the staff allowance', async () => {
    const staffId = randomUUID();
    const sessionId = randomUUID();
    stubs.table.sessions.set(sessionId, {
      kind: 'staff',
      id: staffId,
      roles: ['ANALYST'],
      sessionId,
    });
    const token = await accessToken({ staffId, sessionId, roles: ['ANALYST'] });
    const headers = { authorization: `Bearer ${token}`, 'x-forwarded-for': '192.0.2.50' };
    expect(await statuses(gateway.url, 5, headers)).toEqual([200, 200, 200, 200, 429]);
  });
});

describe.skipIf(!hasRedis)('rate limits shared through Redis', () => {
  let first: RunningServer;
  let second: RunningServer;

  beforeAll(async () => {
    // A prefix of this run's own, so that no earlier run's counts are in the way.
    const rateLimits = {
      anonymousPerMinute: 4,
      redisUrl: REDIS_URL,
      keyPrefix: `civicgraph-test:${randomUUID()}`,
    };
    first = await startTestGateway(stubs.urls, { rateLimits });
    second = await startTestGateway(stubs.urls, { rateLimits });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('enforces one limit across two gateway instances', async () => {
    const result = [];
    for (const gateway of [first, second, first, second, first, second]) {
      result.push((await post(gateway.url, QUERY)).status);
    }
    // Four in all, not four each.
    expect(result).toEqual([200, 200, 200, 200, 429, 429]);
  });
});

describe('Redis unreachable', () => {
  it('falls back to in-memory limits instead of failing', async () => {
    const gateway = await startTestGateway(stubs.urls, {
      rateLimits: { anonymousPerMinute: 2, redisUrl: 'redis://127.0.0.1:9' },
    });
    try {
      expect(await statuses(gateway.url, 3)).toEqual([200, 200, 429]);
    } finally {
      await gateway.close();
    }
  });
});
