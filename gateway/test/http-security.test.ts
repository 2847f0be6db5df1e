import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAPPY_ANSWERS, type RunningServer, StubSubgraphs, startTestGateway } from './harness';

const PARTNER_APP = 'https://app.partner.example';
const DEV_SERVER = 'http://localhost:5173';

let stubs: StubSubgraphs;
let development: RunningServer;
let production: RunningServer;

beforeAll(async () => {
  stubs = await new StubSubgraphs(HAPPY_ANSWERS).start();
  development = await startTestGateway(stubs.urls, { production: false });
  production = await startTestGateway(stubs.urls, {
    production: true,
    corsOrigins: [PARTNER_APP],
  });
});

afterAll(async () => {
  await development?.close();
  await production?.close();
  await stubs?.close();
});

function query(url: string, origin?: string) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
    body: JSON.stringify({ query: '{ services { code } }' }),
  });
}

function preflight(url: string, origin: string) {
  return fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization, x-api-key',
    },
  });
}

describe('CORS', () => {
  it('lets a listed origin call the API: preflight and request', async () => {
    const check = await preflight(production.url, PARTNER_APP);
    expect(check.status).toBe(204);
    expect(check.headers.get('access-control-allow-origin')).toBe(PARTNER_APP);
    const allowed = check.headers.get('access-control-allow-headers')?.split(/,\s*/) ?? [];
    expect(allowed).toEqual(expect.arrayContaining(['content-type', 'authorization', 'x-api-key']));
    expect(check.headers.get('access-control-allow-credentials')).toBeNull();

    const response = await query(production.url, PARTNER_APP);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(PARTNER_APP);
    expect(response.headers.get('access-control-expose-headers')).toBe('retry-after');
    expect(response.headers.get('vary')).toMatch(/origin/i);
  });

  it('gives an unlisted origin no CORS headers, so its pages cannot read answers', async () => {
    for (const origin of ['https://evil.example', DEV_SERVER]) {
      const check = await preflight(production.url, origin);
      expect(check.headers.get('access-control-allow-origin')).toBeNull();
      const response = await query(production.url, origin);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('lists the console’s dev server in development only', async () => {
    const check = await preflight(development.url, DEV_SERVER);
    expect(check.headers.get('access-control-allow-origin')).toBe(DEV_SERVER);
    const other = await preflight(development.url, PARTNER_APP);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves same-origin calls (the console) without any CORS header', async () => {
    const own = new URL(production.url).origin;
    const response = await query(production.url, own);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

/** The CSP as a map of directive → sources. */
function csp(header: string | null) {
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('security headers', () => {
  it('sends a CSP that fits the console and nothing more', async () => {
    const response = await query(production.url);
    const host = new URL(production.url).host;
    const policy = csp(response.headers.get('content-security-policy'));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('connect-src')).toEqual(["'self'", `ws://${host}`, `wss://${host}`]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.has('upgrade-insecure-requests')).toBe(true);
  });

  it('sends helmet’s other headers', async () => {
    const response = await query(production.url);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('neither upgrades nor pins HTTPS in development (http://localhost)', async () => {
    const response = await query(development.url);
    expect(
      csp(response.headers.get('content-security-policy')).has('upgrade-insecure-requests'),
    ).toBe(false);
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
