import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ANONYMOUS,
  CALLER_HEADER,
  type Caller,
  createLogger,
  verifyCaller,
} from '@civicgraph/platform';
import { TEST_SECRETS } from '@civicgraph/platform/testing';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Authenticator } from '../src/access/authenticate';
import { admission } from '../src/access/front-door';
import { RateLimits } from '../src/access/rate-limits';
import { Refusal } from '../src/access/refusal';
import { subgraphRoutes } from '../src/routes/subgraph-routes';

// The generic proxy from a public path to a subgraph's HTTP route, against a raw HTTP
// upstream that records what it got byte for byte and answers what each test says.
const logger = createLogger('test', 'silent');
const staff: Caller = { kind: 'staff', id: 's-1', roles: ['DISPATCHER'] };

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  caller: Caller | null;
}
type Upstream = (seen: Seen) => {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer | string;
};

let upstream: Server;
let upstreamUrl: string;
let seen: Seen[] = [];
let answer: Upstream = () => ({ status: 200, body: 'ok' });

beforeAll(async () => {
  upstream = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const body = Buffer.concat(chunks);
      const header = request.headers[CALLER_HEADER];
      const caller = await verifyCaller(
        typeof header === 'string' ? header : undefined,
        { audience: 'requests', method: request.method!, path: request.url!, body },
        TEST_SECRETS.callerSigning,
      ).catch(() => null);
      const item = {
        method: request.method!,
        url: request.url!,
        headers: request.headers,
        body,
        caller,
      };
      seen.push(item);
      const { status, headers = {}, body: out } = answer(item);
      response.writeHead(status, headers).end(out);
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await new Promise((resolve) => upstream.close(resolve));
});

afterEach(() => {
  seen = [];
  answer = () => ({ status: 200, body: 'ok' });
});

/** A gateway of just the routes: `/things` to the upstream, bodies to 1 KiB, answers to 2 KiB. */
async function proxy(
  admit: (request: unknown) => Promise<{ caller: Caller; persistedOperationsOnly: boolean }>,
  subgraphUrl = upstreamUrl,
): Promise<FastifyInstance> {
  const app = Fastify();
  await app.register(
    subgraphRoutes({
      routes: [
        {
          prefix: '/things',
          subgraph: 'requests',
          methods: ['GET', 'POST'],
          maxBodyBytes: 1024,
          maxResponseBytes: 2048,
        },
      ],
      subgraphUrls: { requests: subgraphUrl },
      signingSecret: TEST_SECRETS.callerSigning,
      admit,
      logger,
    }),
  );
  return app;
}

/** The status of a GET of `path` exactly as written. */
function rawGetStatus(origin: string, path: string) {
  return new Promise<number>((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const request = httpRequest({ hostname, port, path }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    request.end();
  });
}

const asStaff = async () => ({ caller: staff, persistedOperationsOnly: false });

describe('subgraphRoutes', () => {
  it('forwards the exact bytes, path and query with the caller signed for them, and relays the answer', async () => {
    const app = await proxy(asStaff);
    answer = () => ({
      status: 201,
      headers: {
        'content-type': 'image/png',
        etag: '"abc"',
        'cache-control': 'private, max-age=60',
        'set-cookie': 'session=stolen',
        'x-internal-detail': 'hidden',
      },
      body: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    });
    // Not valid UTF-8: a proxy that decoded it as text would change it.
    const body = Buffer.from([0xff, 0xd8, 0xff, 0xc3, 0x28, 0x00, 0x9f]);
    const response = await app.inject({
      method: 'POST',
      url: '/things/a/b?kind=COMPLETION',
      headers: {
        'content-type': 'image/jpeg',
        authorization: 'Bearer secret-token',
        cookie: 'a=b',
        'x-api-key': 'cgk_abcd_secret',
      },
      payload: body,
    });
    expect(response.statusCode).toBe(201);
    expect(response.rawPayload).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(response.headers).toMatchObject({
      'content-type': 'image/png',
      etag: '"abc"',
      'cache-control': 'private, max-age=60',
    });
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.headers['x-internal-detail']).toBeUndefined();

    expect(seen).toHaveLength(1);
    const [got] = seen;
    expect(got).toMatchObject({
      method: 'POST',
      url: '/things/a/b?kind=COMPLETION',
      caller: staff,
    });
    expect(got!.body).toEqual(body);
    expect(got!.headers['content-type']).toBe('image/jpeg');
    for (const secret of ['authorization', 'cookie', 'x-api-key']) {
      expect(got!.headers[secret]).toBeUndefined();
    }
  });

  it('passes the subgraph’s own refusals (4xx) and 304s through', async () => {
    const app = await proxy(asStaff);
    answer = () => ({
      status: 404,
      headers: { 'content-type': 'application/json' },
      body: '{"errors":[{"message":"There is no such photo"}]}',
    });
    const missing = await app.inject({ method: 'GET', url: '/things/x' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ errors: [{ message: 'There is no such photo' }] });

    answer = (s) => ({
      status: s.headers['if-none-match'] === '"v1"' ? 304 : 200,
      headers: { etag: '"v1"' },
    });
    const cached = await app.inject({
      method: 'GET',
      url: '/things/x',
      headers: { 'if-none-match': '"v1"' },
    });
    expect(cached.statusCode).toBe(304);
    expect(cached.headers.etag).toBe('"v1"');
  });

  it('turns a failing, silent or too talkative subgraph into a 502 with a JSON body', async () => {
    const app = await proxy(asStaff);
    answer = () => ({ status: 500, body: 'stack trace with secrets' });
    const failed = await app.inject({ method: 'GET', url: '/things/x' });
    expect(failed.statusCode).toBe(502);
    expect(failed.json().errors[0].extensions).toEqual({
      code: 'BAD_GATEWAY',
      service: 'requests',
    });
    expect(failed.body).not.toMatch(/secrets/);

    answer = () => ({ status: 200, body: Buffer.alloc(4096, 1) });
    expect((await app.inject({ method: 'GET', url: '/things/big' })).statusCode).toBe(502);

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const nobody = await proxy(asStaff, `http://127.0.0.1:${port}/graphql`);
    const unreachable = await nobody.inject({ method: 'GET', url: '/things/x' });
    expect(unreachable.statusCode).toBe(502);
    expect(unreachable.json().errors[0].extensions.code).toBe('BAD_GATEWAY');
  });

  it('refuses a body over the route’s cap (413, JSON) without asking the subgraph', async () => {
    const app = await proxy(asStaff);
    const response = await app.inject({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': 'image/jpeg' },
      payload: Buffer.alloc(1025),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().errors[0].extensions).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      limit: 1024,
    });
    expect(seen).toEqual([]);
  });

  it('asks nothing of the subgraph when the front door refuses, or the path leaves the prefix', async () => {
    const refusing = await proxy(async () => {
      throw new Refusal(401, 'The API key is not valid', { code: 'UNAUTHENTICATED' });
    });
    const refused = await refusing.inject({ method: 'GET', url: '/things/x' });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');

    // Over a real socket: paths as written (inject and fetch resolve dot segments first).
    const app = await proxy(asStaff);
    const origin = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      for (const path of ['/things/../graphql', '/things/%2e%2e/health', '/things/..\\graphql']) {
        expect(await rawGetStatus(origin, path), path).toBe(404);
      }
      expect(seen).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('counts each request against the caller’s rate limit, as /graphql does', async () => {
    const rateLimits = await RateLimits.start(
      { anonymousPerMinute: 2, staffPerMinute: 2, redisUrl: null, keyPrefix: 'test-routes' },
      logger,
    );
    const authenticator = new Authenticator({
      lookup: async () => ({ caller: null }),
      accessTokenSecret: TEST_SECRETS.accessToken,
      apiKeySeconds: 30,
      sessionSeconds: 10,
      logger,
    });
    const app = await proxy(
      admission({
        authenticator,
        rateLimits,
        rateLimitOptions: {
          anonymousPerMinute: 2,
          staffPerMinute: 2,
          redisUrl: null,
          keyPrefix: 'test-routes',
        },
      }) as never,
    );
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await app.inject({ method: 'GET', url: '/things/x' })).statusCode);
    }
    expect(statuses).toEqual([200, 200, 429]);
    expect(seen.map((s) => s.caller)).toEqual([ANONYMOUS, ANONYMOUS]);
    await rateLimits.close();
  });
});
