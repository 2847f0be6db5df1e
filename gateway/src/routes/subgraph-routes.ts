import { pipeline, Readable, Transform } from 'node:stream';
import {
  CALLER_HEADER,
  type Logger,
  PUBLIC_ORIGIN_HEADER,
  requestOrigin,
  STREAMED_BODY,
  signCaller,
  traceOutgoingCall,
} from '@civicgraph/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Identity } from '../access/authenticate';
import type { CallerAddress, RateShare } from '../access/front-door';
import { Refusal, sendRefusal } from '../access/refusal';
import { bodyOf, type CarriedRequest, takeApiKeyParameter } from './api-key-parameter';
import { BodyTooLarge, relayStreamedBody } from './streamed-body-relay';

/** How a route answers what the gateway refuses itself (credentials, limits, a dead subgraph). */
export type RefusalWriter = (
  reply: FastifyReply,
  refusal: Refusal,
  request: FastifyRequest,
) => FastifyReply;

/** A path of the public origin that a subgraph serves over plain HTTP (not GraphQL). */
export interface SubgraphRoute {
  /**
   * `/photos`: the prefix and every path below it, served at the same path by the
   * subgraph (`/photos/<id>` here is `/photos/<id>` there).
   */
  prefix: string;
  /** The subgraph's name, as in the gateway's subgraph URLs. */
  subgraph: string;
  /** GET also answers HEAD. */
  methods: ReadonlyArray<'GET' | 'POST' | 'PUT' | 'DELETE'>;
  /** Largest request body forwarded; a larger one is a 413 here. */
  maxBodyBytes: number;
  /** Largest response body relayed; a larger one is a 502 (cut short when streamed). */
  maxResponseBytes: number;
  /**
   * Relay a successful answer's body as it arrives (dataset exports: files of millions
   * of rows) rather than whole: memory stays a chunk, the client's first bytes come
   * early, and the timeout bounds the headers only. A body past `maxResponseBytes` is
   * cut off mid-transfer, as the status has already been sent.
   */
  streamed?: boolean;
  /**
   * Relay the request body as it arrives (a dataset's CSV upload, hundreds of MiB)
   * rather than read it whole first: memory stays a chunk, `maxBodyBytes` is counted
   * on the way, the caller is signed for the method and path and the bytes in a
   * trailer (streamed-body-relay.ts), and the timeout bounds each pause, not the upload.
   */
  streamedBody?: boolean;
  /** How long the subgraph may pause, here rather than the gateway's default (30 s). */
  timeoutMs?: number;
  /** Counted in an allowance of its own rather than the caller's GraphQL budget. */
  rateShare?: RateShare;
  /**
   * A query parameter and form field that carries a partner API key, for protocols
   * that send it so (Open311's `api_key`): read like `X-API-Key`, never forwarded.
   */
  apiKeyParameter?: string;
  /**
   * How the gateway's own refusals are written here: GraphQL's `{ errors }` unless
   * said. A route with a shape of its own also answers the methods it does not take
   * (a 405) in that shape, so that a client of its protocol reads nothing else.
   */
  sendRefusal?: RefusalWriter;
}

export interface SubgraphRoutesOptions {
  routes: readonly SubgraphRoute[];
  /** Each subgraph's GraphQL URL, by name: routes go to the same origin. */
  subgraphUrls: Readonly<Record<string, string>>;
  signingSecret: string;
  /** The front door every request passes first: credentials and rate limit. */
  admit: (request: CallerAddress, share?: RateShare) => Promise<Identity>;
  logger: Logger;
  /** How long a subgraph may take to answer, headers and body. */
  timeoutMs?: number;
}

/** What of a client's request reaches the subgraph: never its credentials or cookies. */
const FORWARDED_REQUEST_HEADERS = [
  'content-type',
  'accept',
  'accept-language',
  'if-none-match',
  'if-modified-since',
] as const;

/** What of the subgraph's answer reaches the client. */
const RELAYED_RESPONSE_HEADERS = [
  'content-type',
  'cache-control',
  'etag',
  'last-modified',
  'x-content-type-options',
  'content-disposition',
  'content-security-policy',
  'retry-after',
] as const;

const DEFAULT_TIMEOUT_MS = 30_000;

/** What a route may not take. OPTIONS stays CORS's, HEAD is GET's. */
const OTHER_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];

function notAllowed(method: string, allowed: SubgraphRoute['methods']) {
  return new Refusal(
    405,
    `${method} is not served here: use ${allowed.join(' or ')}`,
    { code: 'METHOD_NOT_ALLOWED' },
    { allow: [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : [])].join(', ') },
  );
}

function badGateway(subgraph: string) {
  return new Refusal(502, `The ${subgraph} service did not answer properly; try again shortly`, {
    code: 'BAD_GATEWAY',
    service: subgraph,
  });
}

/**
 * The path the subgraph is asked for: the client's, normalised as fetch would send it
 * (dot segments, `%2e%2e`, backslashes resolved) and still under the route's prefix, so
 * that no client reaches another path of the subgraph (its /graphql, past the gateway's
 * operation limits) through a route.
 */
function targetUrl(route: SubgraphRoute, origin: string, rawUrl: string): URL | null {
  const target = new URL(rawUrl, origin);
  const inside = target.pathname === route.prefix || target.pathname.startsWith(`${route.prefix}/`);
  return target.origin === origin && inside ? target : null;
}

/** The response body, or null once it grows past `max` (the rest is not read). */
async function readCapped(response: Response, max: number): Promise<Buffer | null> {
  if (Number(response.headers.get('content-length') ?? 0) > max) {
    await response.body?.cancel();
    return null;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Relays a successful answer's headers, then its body chunk by chunk, up to `max` bytes. */
/**
 * Relays a streamed answer: capped at `max` bytes, and aborted (`abort`, the fetch's
 * own controller) when the subgraph sends nothing for `idleMs` — a stalled export
 * must not hold a connection, and its cursor, forever.
 */
/** A streamed answer the gateway stopped relaying: too large, or stalled. */
class StreamCut extends Error {}

function relayStream(
  reply: FastifyReply,
  response: Response,
  { max, idleMs, abort }: { max: number; idleMs: number; abort: AbortController },
) {
  reply.code(response.status);
  for (const name of RELAYED_RESPONSE_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) reply.header(name, value);
  }
  const stalled = () => abort.abort(new StreamCut(`no data for ${idleMs} ms`));
  let idle = setTimeout(stalled, idleMs);
  let size = 0;
  const capped = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      clearTimeout(idle);
      idle = setTimeout(stalled, idleMs);
      size += chunk.length;
      done(size > max ? new StreamCut(`the answer is over ${max} bytes`) : null, chunk);
    },
  });
  // Errors (the subgraph went away, stalled, the cap) end the transfer: the client sees it
  // cut, or, when nothing was sent yet, gets the 502 of the error handler.
  const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream);
  return reply.send(pipeline(body, capped, () => clearTimeout(idle)) as Transform);
}

/**
 * Serves `routes` on the public origin by asking their subgraphs: each request passes
 * the same front door as /graphql (credentials, rate limit), then goes to the
 * subgraph at the same path with the caller the gateway verified, signed for that
 * subgraph and those exact bytes (less a route's key parameter, which only the gateway
 * reads); bodies are capped both ways. A subgraph's own answers (4xx included) pass
 * through with an allowlist of headers; one that cannot be reached, fails (5xx) or
 * answers too much becomes a 502, written as the route writes its refusals (JSON
 * `{ errors }` by default). Register it as a plugin: its body parsing (raw bytes, any
 * type) stays inside it.
 */
export function subgraphRoutes(options: SubgraphRoutesOptions) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const log = options.logger.child({ component: 'subgraph-routes' });
  return async (scope: FastifyInstance) => {
    // Bodies go on as the client sent them: the subgraph checks them, the signature
    // covers them byte for byte.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    );
    // Each route's refusals in its own shape, Fastify's own (413, 400) included.
    const routeOf = new Map<string, SubgraphRoute>();
    scope.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
      const route = routeOf.get(request.routeOptions.url ?? '');
      const refuse = (refusal: Refusal) =>
        (route?.sendRefusal ?? sendRefusal)(reply, refusal, request);
      if (error instanceof StreamCut && route) return refuse(badGateway(route.subgraph));
      const status = error.statusCode ?? 500;
      if (status === 413) {
        const limit = reply.routeOptions.bodyLimit;
        return refuse(
          new Refusal(413, `The request body is over ${limit} bytes`, {
            code: 'PAYLOAD_TOO_LARGE',
            limit,
          }),
        );
      }
      if (status >= 400 && status < 500) {
        return refuse(new Refusal(status, error.message, { code: 'BAD_REQUEST' }));
      }
      request.log.error({ err: error }, 'subgraph route failed');
      return refuse(new Refusal(500, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR' }));
    });

    for (const route of options.routes) {
      const graphqlUrl = options.subgraphUrls[route.subgraph];
      if (!graphqlUrl) throw new Error(`No URL configured for subgraph "${route.subgraph}"`);
      const origin = new URL(graphqlUrl).origin;
      const handler = (request: FastifyRequest, reply: FastifyReply) =>
        forward(route, origin, request, reply);
      const taken: readonly string[] = route.methods;
      const otherMethods = OTHER_METHODS.filter((method) => !taken.includes(method));
      const writer = route.sendRefusal;
      if (route.streamedBody) {
        // Its body is handed on unread (a stream), in a scope of its own: the other
        // routes still read theirs whole.
        await scope.register(async (streaming) => {
          streaming.removeAllContentTypeParsers();
          streaming.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
          for (const url of [route.prefix, `${route.prefix}/*`]) {
            streaming.route({ method: [...route.methods], url, handler });
          }
        });
        continue;
      }
      for (const url of [route.prefix, `${route.prefix}/*`]) {
        routeOf.set(url, route);
        scope.route({ method: [...route.methods], url, bodyLimit: route.maxBodyBytes, handler });
        if (writer && otherMethods.length > 0) {
          scope.route({
            method: otherMethods,
            url,
            bodyLimit: route.maxBodyBytes,
            handler: (request, reply) =>
              writer(reply, notAllowed(request.method, route.methods), request),
          });
        }
      }
    }
  };

  async function forward(
    route: SubgraphRoute,
    origin: string,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    const refuse = (refusal: Refusal) =>
      (route.sendRefusal ?? sendRefusal)(reply, refusal, request);
    let identity: Identity;
    let carried: CarriedRequest;
    try {
      carried = route.apiKeyParameter
        ? takeApiKeyParameter(route.apiKeyParameter, request)
        : { url: request.url, body: bodyOf(request), credentials: request };
      identity = await options.admit(carried.credentials, route.rateShare);
    } catch (error) {
      if (error instanceof Refusal) return refuse(error);
      throw error;
    }
    const target = targetUrl(route, origin, carried.url);
    if (!target) {
      return refuse(
        new Refusal(404, `No route for ${request.method} ${carried.url}`, { code: 'NOT_FOUND' }),
      );
    }
    // What is signed, sent and logged: never a key the client put in the query or form.
    const path = `${target.pathname}${target.search}`;
    const body = carried.body as Buffer<ArrayBuffer>;
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    // Where the client reached us (the proxy's view when TRUST_PROXY is on), so a
    // document listing URLs (the map style) can make them absolute on this origin.
    const publicOrigin = requestOrigin(request);
    if (publicOrigin) headers[PUBLIC_ORIGIN_HEADER] = publicOrigin;
    if (route.streamedBody) {
      return forwardStreamedBody(route, target, path, headers, identity, request, reply);
    }
    headers[CALLER_HEADER] = await signCaller(
      identity.caller,
      { audience: route.subgraph, method: request.method, path, body },
      options.signingSecret,
    );
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    let response: Response;
    let answer: Buffer | null;
    // A streamed route's timeout bounds the wait for the headers, then each pause in
    // the body, not a long body's whole transfer.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new Error('timed out')), timeoutMs);
    try {
      response = await traceOutgoingCall(
        { service: route.subgraph, method: request.method, url: target, headers },
        () =>
          fetch(target, {
            method: request.method,
            headers,
            ...(hasBody ? { body } : {}),
            redirect: 'manual',
            signal: route.streamed ? abort.signal : AbortSignal.timeout(timeoutMs),
          }),
      );
      if (route.streamed && response.status === 200 && response.body) {
        clearTimeout(timer);
        return relayStream(reply, response, {
          max: route.maxResponseBytes,
          idleMs: timeoutMs,
          abort,
        });
      }
      answer = response.status >= 500 ? null : await readCapped(response, route.maxResponseBytes);
    } catch (error) {
      log.warn({ err: error, subgraph: route.subgraph, path }, 'subgraph route unreachable');
      return refuse(badGateway(route.subgraph));
    } finally {
      clearTimeout(timer);
    }
    if (answer === null) {
      log.warn(
        { subgraph: route.subgraph, path, status: response.status },
        'subgraph route failed or answered too much',
      );
      await response.body?.cancel().catch(() => {});
      return refuse(badGateway(route.subgraph));
    }
    reply.code(response.status);
    for (const name of RELAYED_RESPONSE_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) reply.header(name, value);
    }
    return reply.send(response.status === 304 ? undefined : answer);
  }

  async function forwardStreamedBody(
    route: SubgraphRoute,
    target: URL,
    path: string,
    headers: Record<string, string>,
    identity: Identity,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    const refuse = (refusal: Refusal) =>
      (route.sendRefusal ?? sendRefusal)(reply, refusal, request);
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > route.maxBodyBytes) {
      // Said up front: refused before a byte is relayed (the rest is not read).
      reply.header('connection', 'close');
      return refuse(new BodyTooLarge(route.maxBodyBytes));
    }
    const callerHeader = await signCaller(
      identity.caller,
      { audience: route.subgraph, method: request.method, path, body: STREAMED_BODY },
      options.signingSecret,
    );
    let answer: Awaited<ReturnType<typeof relayStreamedBody>>;
    try {
      const relayed = { ...headers, [CALLER_HEADER]: callerHeader };
      answer = await traceOutgoingCall(
        { service: route.subgraph, method: request.method, url: target, headers: relayed },
        () =>
          relayStreamedBody(request, {
            target,
            method: request.method,
            headers: relayed,
            callerHeader,
            signingSecret: options.signingSecret,
            maxBodyBytes: route.maxBodyBytes,
            maxResponseBytes: route.maxResponseBytes,
            idleMs: route.timeoutMs ?? timeoutMs,
          }),
      );
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        reply.header('connection', 'close');
        return refuse(error);
      }
      log.warn({ err: error, subgraph: route.subgraph, path }, 'subgraph upload failed');
      if (request.raw.destroyed) return reply;
      reply.header('connection', 'close');
      return refuse(badGateway(route.subgraph));
    }
    if (answer.body === null || answer.status >= 500) {
      log.warn(
        { subgraph: route.subgraph, path, status: answer.status },
        'subgraph upload failed or answered too much',
      );
      return refuse(badGateway(route.subgraph));
    }
    // Answered before the whole body was sent (a refusal): the rest is not read, so
    // the connection cannot carry another request.
    if (answer.early) reply.header('connection', 'close');
    reply.code(answer.status);
    for (const name of RELAYED_RESPONSE_HEADERS) {
      const value = answer.headers[name];
      if (typeof value === 'string') reply.header(name, value);
    }
    return reply.send(answer.body);
  }
}
