import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type OutgoingHttpHeaders,
  type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ANONYMOUS,
  CALLER_HEADER,
  type Caller,
  createLogger,
  encodeTile,
  MVT_CONTENT_TYPE,
  PUBLIC_ORIGIN_HEADER,
  pointFeature,
  TILE_CACHE_CONTROL,
  verifyCaller,
} from '@civicgraph/platform';
import { decodeTile, TEST_SECRETS } from '@civicgraph/platform/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readSupergraph, startGateway } from '../src';
import {
  accessToken,
  HAPPY_ANSWERS,
  type RunningServer,
  StubSubgraphs,
  startTestGateway,
} from './harness';

// /tiles/<layer>/... through the gateway to the subgraph that owns the layer, against
// stand-in requests and assets subgraphs over raw HTTP: they check the gateway's
// signature as real subgraphs do, record what they got, and answer tiles.
const staffId = '11111111-1111-4111-8111-111111111111';
const sessionId = '22222222-2222-4222-8222-222222222222';
const dispatcher: Caller = { kind: 'staff', id: staffId, roles: ['DISPATCHER'], sessionId };
const TILE = encodeTile({
  requests: [pointFeature(100, 200, { id: 'r-1', status: 'OPEN' })],
});
const ETAG = '"tile-v1"';

interface Seen {
  subgraph: 'requests' | 'assets';
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  caller: Caller | null;
}

/** A stand-in subgraph answering every request with a tile (304 when the client has it). */
async function tileSubgraph(name: 'requests' | 'assets', seen: Seen[]) {
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const header = request.headers[CALLER_HEADER];
      const caller = await verifyCaller(
        typeof header === 'string' ? header : undefined,
        {
          audience: name,
          method: request.method!,
          path: request.url!,
          body: Buffer.concat(chunks),
        },
        TEST_SECRETS.callerSigning,
      ).catch(() => null);
      seen.push({
        subgraph: name,
        method: request.method!,
        url: request.url!,
        headers: request.headers,
        caller,
      });
      if (!caller) {
        response.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[]}');
        return;
      }
      const headers = {
        etag: ETAG,
        'cache-control': TILE_CACHE_CONTROL.staffLive,
        'x-content-type-options': 'nosniff',
        'x-subgraph-secret': 'internal',
      };
      if (request.headers['if-none-match'] === ETAG) {
        response.writeHead(304, headers).end();
        return;
      }
      response.writeHead(200, { ...headers, 'content-type': MVT_CONTENT_TYPE }).end(TILE);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A GET (or other method) over a raw socket: the path and Host exactly as written. */
function raw(
  origin: string,
  target: string,
  options: { method?: string; headers?: OutgoingHttpHeaders } = {},
) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const { hostname, port } = new URL(origin);
      const request = httpRequest(
        { hostname, port, path: target, method: options.method ?? 'GET', headers: options.headers },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
      request.on('error', reject);
      request.end();
    },
  );
}

const json = (body: Buffer) => JSON.parse(body.toString('utf8')) as Record<string, unknown>;

let stubs: StubSubgraphs;
const seen: Seen[] = [];
let requests: Awaited<ReturnType<typeof tileSubgraph>>;
let assets: Awaited<ReturnType<typeof tileSubgraph>>;
let urls: Record<string, string>;
let gateway: RunningServer;
let origin: string;
let token: string;

beforeAll(async () => {
  stubs = await new StubSubgraphs(HAPPY_ANSWERS).start();
  stubs.table.sessions.set(sessionId, dispatcher);
  requests = await tileSubgraph('requests', seen);
  assets = await tileSubgraph('assets', seen);
  urls = { ...stubs.urls, requests: requests.url, assets: assets.url };
  gateway = await startTestGateway(urls);
  origin = gateway.url.replace(/\/graphql$/, '');
  token = await accessToken({ staffId, sessionId, roles: ['DISPATCHER'] });
});

afterAll(async () => {
  await gateway?.close();
  await requests?.close();
  await assets?.close();
  await stubs?.close();
});

beforeEach(() => {
  seen.length = 0;
});

const LAYERS: Array<[string, 'requests' | 'assets']> = [
  ['/tiles/work-orders/13/1540/3297.mvt', 'requests'],
  ['/tiles/requests/10/193/410.mvt', 'requests'],
  ['/tiles/assets/16/12345/26000.mvt', 'assets'],
  ['/tiles/streets/14/3000/6500.mvt', 'assets'],
  ['/tiles/districts/0/0/0.mvt', 'assets'],
  ['/tiles/style.json', 'assets'],
];

describe('tile routes', () => {
  it('send each layer to the subgraph that owns it, at the same path and query', async () => {
    for (const [tilePath, owner] of LAYERS) {
      for (const query of ['', '?status=OPEN,NEW&open=true&service=POTHOLE&service=GRAFFITI']) {
        seen.length = 0;
        const response = await raw(origin, `${tilePath}${query}`);
        expect(response.status, tilePath).toBe(200);
        expect(seen.map((s) => [s.subgraph, s.method, s.url])).toEqual([
          [owner, 'GET', `${tilePath}${query}`],
        ]);
      }
    }
  });

  it('sign the caller the gateway verified, and pass no credentials on', async () => {
    await raw(origin, '/tiles/requests/10/193/410.mvt');
    await raw(origin, '/tiles/work-orders/10/193/410.mvt', {
      headers: { authorization: `Bearer ${token}`, cookie: 'session=abc' },
    });
    expect(seen.map((s) => s.caller)).toEqual([ANONYMOUS, dispatcher]);
    for (const s of seen) {
      expect(s.headers.authorization).toBeUndefined();
      expect(s.headers.cookie).toBeUndefined();
    }
  });

  it('refuse a bad token before asking the subgraph', async () => {
    const response = await raw(origin, '/tiles/work-orders/10/193/410.mvt', {
      headers: { authorization: 'Bearer not-a-token' },
    });
    expect(response.status).toBe(401);
    expect(json(response.body)).toHaveProperty('errors');
    expect(seen).toEqual([]);
  });

  it('relay the tile, its ETag and Cache-Control, and 304 on revalidation', async () => {
    const fresh = await fetch(`${origin}/tiles/work-orders/13/1540/3297.mvt`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('content-type')).toBe(MVT_CONTENT_TYPE);
    expect(fresh.headers.get('etag')).toBe(ETAG);
    expect(fresh.headers.get('cache-control')).toBe(TILE_CACHE_CONTROL.staffLive);
    expect(fresh.headers.get('x-content-type-options')).toBe('nosniff');
    expect(fresh.headers.get('x-subgraph-secret')).toBeNull();
    const bytes = new Uint8Array(await fresh.arrayBuffer());
    expect(Buffer.from(bytes)).toEqual(Buffer.from(TILE));
    expect(decodeTile(bytes).requests?.[0]?.properties).toEqual({ id: 'r-1', status: 'OPEN' });

    const again = await fetch(`${origin}/tiles/work-orders/13/1540/3297.mvt`, {
      headers: { authorization: `Bearer ${token}`, 'if-none-match': ETAG },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(ETAG);
    expect(again.headers.get('cache-control')).toBe(TILE_CACHE_CONTROL.staffLive);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    expect(seen.at(-1)?.headers['if-none-match']).toBe(ETAG);
  });

  it('tell the subgraph the origin the client reached, never one the client names', async () => {
    await raw(origin, '/tiles/style.json', {
      headers: {
        [PUBLIC_ORIGIN_HEADER]: 'https://evil.example',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-proto': 'https',
      },
    });
    expect(seen[0]?.headers[PUBLIC_ORIGIN_HEADER]).toBe(origin);

    const port = new URL(origin).port;
    await raw(origin, '/tiles/style.json', { headers: { host: `maps.city.example:${port}` } });
    expect(seen[1]?.headers[PUBLIC_ORIGIN_HEADER]).toBe(`http://maps.city.example:${port}`);

    // A Host that is not a bare host[:port]: no origin at all (root-relative URLs).
    for (const host of ['evil.example/x', 'a@b', 'city.example:99999']) {
      seen.length = 0;
      const response = await raw(origin, '/tiles/style.json', { headers: { host } });
      if (seen.length > 0) expect(seen[0]?.headers[PUBLIC_ORIGIN_HEADER], host).toBeUndefined();
      else expect(response.status, host).toBeGreaterThanOrEqual(400);
    }
  });

  it('refuse other methods with a JSON body, without asking the subgraph', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await raw(origin, '/tiles/requests/10/193/410.mvt', { method });
      expect([404, 405], method).toContain(response.status);
      expect(response.headers['content-type'], method).toMatch(/application\/json/);
      expect(json(response.body), method).toBeTruthy();
    }
    expect(seen).toEqual([]);
  });

  it('answer unknown layers and /tiles itself with a JSON 404', async () => {
    for (const target of [
      '/tiles',
      '/tiles/',
      '/tiles/unknown/1/2/3.mvt',
      '/tiles/requestsx/1/2/3.mvt',
      '/tiles/style.jsonx',
    ]) {
      const response = await raw(origin, target);
      expect(response.status, target).toBe(404);
      expect(response.headers['content-type'], target).toMatch(/application\/json/);
    }
    expect(seen).toEqual([]);
  });

  it('never reach another path of a subgraph through a tile path', async () => {
    const tricks = [
      '/tiles/requests/../../graphql',
      '/tiles/requests/../../health',
      '/tiles/requests/%2e%2e/%2e%2e/graphql',
      '/tiles/requests/%2E%2E/%2E%2E/graphql',
      '/tiles/requests/.%2e/.%2e/graphql',
      '/tiles/requests/..\\..\\graphql',
      '/tiles/work-orders/../../photos/x',
      '/tiles/requests/../assets/1/2/3.mvt',
      '/tiles/assets/../../graphql?query={__typename}',
      '/tiles/style.json/../../graphql',
      '/tiles/districts/..%2f..%2fgraphql',
      '/tiles/requests//graphql',
    ];
    for (const target of tricks) {
      seen.length = 0;
      const response = await raw(origin, target);
      for (const s of seen) {
        const pathname = new URL(s.url, 'http://subgraph').pathname;
        expect(pathname, `${target} reached ${s.url}`).toMatch(
          /^\/tiles\/(work-orders|requests|assets|streets|districts|style\.json)(\/|$)/,
        );
        expect(s.url.startsWith(target.split('/').slice(0, 3).join('/')), target).toBe(true);
      }
      if (seen.length === 0) {
        expect(response.status, target).toBe(404);
        expect(response.headers['content-type'], target).toMatch(/application\/json/);
      }
    }
  });
});

describe('tile rate limits', () => {
  let limited: RunningServer;
  let limitedOrigin: string;

  beforeAll(async () => {
    limited = await startTestGateway(urls, { rateLimits: { anonymousPerMinute: 3 } });
    limitedOrigin = limited.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await limited?.close();
  });

  it("count tiles apart from the caller's GraphQL calls, at ten times the caller's limit", async () => {
    // Thirty tiles (ten times three) pass, and leave the GraphQL allowance untouched.
    for (let i = 0; i < 30; i++) {
      const response = await raw(limitedOrigin, `/tiles/requests/16/${12340 + i}/26300.mvt`);
      expect(response.status, `tile ${i + 1}`).toBe(200);
    }
    const spent = await raw(limitedOrigin, '/tiles/streets/16/12340/26300.mvt');
    expect(spent.status).toBe(429);
    expect(spent.headers['retry-after']).toBeTruthy();
    expect(json(spent.body)).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });

    const graphql = () =>
      fetch(`${limitedOrigin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    for (let i = 0; i < 3; i++) expect((await graphql()).status, `query ${i + 1}`).toBe(200);
    expect((await graphql()).status).toBe(429);
  });
});

describe('tile routes behind a proxy (TRUST_PROXY)', () => {
  let proxied: RunningServer;
  let proxiedOrigin: string;

  beforeAll(async () => {
    proxied = await startTestGateway(urls, { trustProxy: true });
    proxiedOrigin = proxied.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await proxied?.close();
  });

  it('tell the subgraph the origin the proxy says the client reached', async () => {
    await raw(proxiedOrigin, '/tiles/style.json', {
      headers: {
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'maps.city.example',
        [PUBLIC_ORIGIN_HEADER]: 'https://evil.example',
      },
    });
    expect(seen[0]?.headers[PUBLIC_ORIGIN_HEADER]).toBe('https://maps.city.example');
    await raw(proxiedOrigin, '/tiles/requests/10/193/410.mvt', {
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'maps.city.example:8443' },
    });
    expect(seen[1]?.headers[PUBLIC_ORIGIN_HEADER]).toBe('https://maps.city.example:8443');
    await raw(proxiedOrigin, '/tiles/requests/10/193/410.mvt', {
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example/path' },
    });
    expect(seen[2]?.headers[PUBLIC_ORIGIN_HEADER]).toBeUndefined();
  });
});

describe('tile routes beside the console', () => {
  let withConsole: RunningServer;
  let consoleOrigin: string;
  let consoleDir: string;

  beforeAll(async () => {
    consoleDir = await mkdtemp(path.join(tmpdir(), 'civicgraph-console-'));
    await writeFile(
      path.join(consoleDir, 'index.html'),
      '<!doctype html><title>CivicGraph Console</title>',
    );
    withConsole = await startGateway({
      supergraphSdl: readSupergraph(),
      subgraphUrls: urls,
      host: '127.0.0.1',
      port: 0,
      logger: createLogger('test', 'silent'),
      consoleDir,
      secrets: TEST_SECRETS,
    });
    consoleOrigin = withConsole.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await withConsole?.close();
    await rm(consoleDir, { recursive: true, force: true });
  });

  it('still serve tiles, and the console its client-side routes', async () => {
    const tile = await raw(consoleOrigin, '/tiles/requests/10/193/410.mvt');
    expect(tile.status).toBe(200);
    expect(tile.headers['content-type']).toBe(MVT_CONTENT_TYPE);
    const page = await raw(consoleOrigin, '/map');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('CivicGraph Console');
  });

  it('answer unknown layers, /tiles and other methods with a JSON 404, not the console page', async () => {
    for (const [method, target] of [
      ['GET', '/tiles'],
      ['GET', '/tiles/'],
      ['GET', '/tiles/unknown/1/2/3.mvt'],
      ['GET', '/tiles/style.jsonx'],
      ['GET', '/tiles/requests/../../graphql'],
      ['POST', '/tiles/requests/10/193/410.mvt'],
      ['DELETE', '/tiles/assets/10/193/410.mvt'],
    ] as const) {
      const response = await raw(consoleOrigin, target, { method });
      expect(response.status, `${method} ${target}`).toBe(404);
      expect(response.headers['content-type'], target).toMatch(/application\/json/);
      expect(response.body.toString(), target).not.toContain('CivicGraph Console');
    }
    expect(seen).toEqual([]);
  });
});
