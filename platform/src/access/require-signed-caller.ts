import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Caller } from './caller';
import { CALLER_HEADER, CallerRefused, STREAMED_BODY, verifyCaller } from './caller-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller the gateway signed for this request (set once it is verified). */
    caller: Caller;
    /** The body exactly as received: the signature covers these bytes. */
    rawBody?: string | Buffer;
  }
}

export interface SignedCallerOptions {
  /** This service's name, the audience the gateway signed for. */
  audience: string;
  secret: string;
  /** Paths served to anyone (an orchestrator's health probe). */
  openPaths: readonly string[];
}

/**
 * The body as the signature covers it when no parser kept it aside: text (the default
 * text/plain parser) or bytes (a route's binary parser, `parseAs: 'buffer'`). Anything
 * else (no body, or one parsed into an object) counts as empty, so a signature made
 * for a body it cannot see is refused. A stream (a route's parser that hands the body
 * on unread, an upload) needs a header signed for a streamed body; the route checks
 * the bytes against the trailer as it reads them (streamed-body.ts).
 */
function signedBody(body: unknown): string | Buffer | typeof STREAMED_BODY {
  if (body instanceof Readable) return STREAMED_BODY;
  return typeof body === 'string' || Buffer.isBuffer(body) ? body : '';
}

function refuse(reply: FastifyReply, message: string) {
  return reply.code(401).send({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

/**
 * Makes a service answer only requests the gateway signed: every route but
 * `openPaths` (so `/graphql` with `_service` and `_entities`, and any REST route)
 * refuses a missing, forged, expired, misdirected or replayed signature with a 401.
 * The verified caller is `request.caller`.
 */
export function requireSignedCaller(app: FastifyInstance, options: SignedCallerOptions) {
  // Set on every request that passes the check (never shared: no object default).
  app.decorateRequest('caller', null as never);
  app.decorateRequest('rawBody', undefined);

  // The signature covers the exact bytes sent, so keep them beside the parsed body.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    (request: FastifyRequest, body: string | Buffer, done) => {
      request.rawBody = typeof body === 'string' ? body : body.toString('utf8');
      parseJson(request, request.rawBody, done);
    },
  );

  const isOpen = (request: FastifyRequest) =>
    options.openPaths.includes(request.url.split('?', 1)[0] ?? '');

  // Unsigned calls are turned away before their body is even read.
  app.addHook('onRequest', async (request, reply) => {
    if (isOpen(request) || request.headers[CALLER_HEADER]) return;
    return refuse(reply, 'This service answers only requests signed by the gateway');
  });

  app.addHook('preHandler', async (request, reply) => {
    if (isOpen(request)) return;
    const header = request.headers[CALLER_HEADER];
    try {
      request.caller = await verifyCaller(
        typeof header === 'string' ? header : undefined,
        {
          audience: options.audience,
          method: request.method,
          path: request.url,
          body: request.rawBody ?? signedBody(request.body),
        },
        options.secret,
      );
    } catch (error) {
      if (error instanceof CallerRefused) return refuse(reply, error.message);
      throw error;
    }
  });
}
