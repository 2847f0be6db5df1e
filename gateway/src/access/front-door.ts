import { ANONYMOUS, type Caller, requestOrigin } from '@civicgraph/platform';
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { RateLimitOptions } from '../access-options';
import { checkTokens } from '../limits/token-count';
import type { GatewayContext } from '../subgraph-data-source';
import type { Authenticator, Identity } from './authenticate';
import type { RateBucket, RateLimits } from './rate-limits';
import { Refusal, sendRefusal } from './refusal';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling, as the front door verified them (null before it has). */
    identity: Identity | null;
  }
}

export interface FrontDoorOptions {
  authenticator: Authenticator;
  rateLimits: RateLimits;
  rateLimitOptions: RateLimitOptions;
  maxTokens: number;
  maxBodyBytes: number;
  /** The GraphQL route the door guards. */
  path: string;
}

/**
 * Each caller's allowance: partners their client's (acting for a resident included),
 * staff and signed-in residents per person, anyone else per address.
 */
function bucketOf(
  identity: Identity,
  request: CallerAddress,
  limits: RateLimitOptions,
): RateBucket {
  const caller: Caller = identity.caller;
  switch (caller.kind) {
    case 'anonymous':
      return { key: `ip:${request.ip}`, perMinute: limits.anonymousPerMinute };
    case 'partner':
      return {
        key: `partner:${caller.id}`,
        perMinute: identity.rateLimitPerMinute ?? limits.anonymousPerMinute,
      };
    case 'staff':
      return { key: `staff:${caller.id}`, perMinute: limits.staffPerMinute };
    case 'resident':
      // An app acting for residents spends its own allowance, whichever resident it
      // acts for; a resident signed in themself gets a person's, like staff.
      return caller.actingPartnerId
        ? {
            key: `partner:${caller.actingPartnerId}`,
            perMinute: identity.rateLimitPerMinute ?? limits.anonymousPerMinute,
          }
        : { key: `resident:${caller.id}`, perMinute: limits.staffPerMinute };
    default:
      return { key: `${caller.kind}:${caller.id}`, perMinute: limits.staffPerMinute };
  }
}

/** The document text a request carries (POST body or GET query string), if any. */
function documentOf(request: FastifyRequest): string | undefined {
  const source = request.method === 'GET' ? request.query : request.body;
  const query = (source as { query?: unknown } | null | undefined)?.query;
  return typeof query === 'string' ? query : undefined;
}

/** What admission reads of a request: its credentials and where it came from. */
export type CallerAddress = Pick<FastifyRequest, 'headers' | 'ip'>;

/** What admits a caller: their credentials and their rate limit. */
export type AdmissionOptions = Pick<
  FrontDoorOptions,
  'authenticator' | 'rateLimits' | 'rateLimitOptions'
>;

/**
 * An allowance for one kind of request apart from the caller's GraphQL budget: its
 * own bucket per caller (`<bucket>:<caller's key>`), `factor` times the caller's limit
 * a minute. Map tiles use one: a map view asks for dozens of tiles at once.
 */
export interface RateShare {
  bucket: string;
  factor: number;
}

/**
 * Admits one request, whatever its route: verified credentials (401/503) and the
 * caller's rate limit (429 with Retry-After), or a `Refusal`. The routes the gateway
 * proxies to subgraphs (routes/subgraph-routes.ts) and the subscriptions' connection_init
 * (realtime/websocket-server.ts) pass the same door as /graphql.
 */
export function admission(options: AdmissionOptions) {
  const { authenticator, rateLimits, rateLimitOptions } = options;
  return async (request: CallerAddress, share?: RateShare): Promise<Identity> => {
    // Asking accounts about a credential it has not seen lately costs the address
    // like an anonymous request (a bucket of its own): made-up keys cannot flood it.
    const lookups = {
      key: `lookup:${request.ip}`,
      perMinute: rateLimitOptions.anonymousPerMinute,
    };
    const identity = await authenticator.identify(request.headers, () => rateLimits.take(lookups));
    const bucket = bucketOf(identity, request, rateLimitOptions);
    await rateLimits.take(
      share
        ? { key: `${share.bucket}:${bucket.key}`, perMinute: bucket.perMinute * share.factor }
        : bucket,
    );
    return identity;
  };
}

/**
 * What every GraphQL request passes before Apollo Server sees it: one operation per
 * request (no batches), admission (credentials and rate limit), and a token count.
 * Each refusal is a JSON GraphQL error body.
 */
function guard(options: FrontDoorOptions): preHandlerAsyncHookHandler {
  const admit = admission(options);
  return async (request, reply) => {
    if (request.method === 'OPTIONS') return;
    try {
      if (Array.isArray(request.body)) {
        throw new Refusal(
          400,
          'Batched requests are not supported: send one operation per request',
          {
            code: 'BATCHED_REQUESTS_NOT_SUPPORTED',
          },
        );
      }
      const identity = await admit(request);
      const document = documentOf(request);
      if (document !== undefined) checkTokens(document, options.maxTokens);
      request.identity = identity;
    } catch (error) {
      if (error instanceof Refusal) return sendRefusal(reply, error);
      throw error;
    }
  };
}

/**
 * Puts the front door before the GraphQL route (call before the route is added), and
 * answers the route's HTTP-level refusals (a body over the limit: 413, bad JSON: 400)
 * as GraphQL error bodies too.
 */
export function installFrontDoor(app: FastifyInstance, options: FrontDoorOptions) {
  app.decorateRequest('identity', null);
  const preHandler = guard(options);
  app.addHook('onRoute', (route) => {
    if (route.url !== options.path) return;
    const existing = route.preHandler;
    route.preHandler = [
      preHandler,
      ...(Array.isArray(existing) ? existing : existing ? [existing] : []),
    ];
  });

  const fallback = app.errorHandler;
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const onRoute = request.url.split('?', 1)[0] === options.path;
    const status = error.statusCode ?? 500;
    if (!onRoute || status < 400 || status >= 500) return fallback(error, request, reply);
    const refusal =
      status === 413
        ? new Refusal(413, `The request body is over ${options.maxBodyBytes} bytes`, {
            code: 'PAYLOAD_TOO_LARGE',
            limit: options.maxBodyBytes,
          })
        : new Refusal(status, error.message, { code: 'BAD_REQUEST' });
    return sendRefusal(reply, refusal);
  });
}

/**
 * The Apollo context of a request the front door let in. Its origin is read as the
 * HTTP routes read it (same server, same TRUST_PROXY), so the graph's URLs and
 * /data.json's agree for a client.
 */
export function gatewayContext(request: FastifyRequest): GatewayContext {
  return {
    caller: request.identity?.caller ?? ANONYMOUS,
    persistedOperationsOnly: request.identity?.persistedOperationsOnly ?? false,
    publicOrigin: requestOrigin(request),
  };
}
