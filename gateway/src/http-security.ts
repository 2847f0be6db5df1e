import type { IncomingMessage } from 'node:http';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export interface HttpSecurityOptions {
  /** Origins, besides this one, whose pages may call the API. */
  corsOrigins: readonly string[];
  production: boolean;
}

/** A Host header fit to go into a CSP source (anything else is left out, not echoed). */
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$/;

/** The console's live updates: WebSockets to this very host (`'self'` is not enough in every browser). */
function sameHostWebSockets(request: IncomingMessage) {
  const host = request.headers.host;
  return host && HOST.test(host) ? `ws://${host} wss://${host}` : '';
}

/**
 * CORS and security headers for everything this origin serves, the console and the API.
 *
 * CORS: the console is served from this origin and needs no CORS; other origins get
 * the API only if listed (a partner's web app; the console's Vite dev server in
 * development). Credentials travel in headers, never cookies, so no credentialed CORS.
 *
 * Helmet's defaults, except where said below; the CSP is written out in full rather than
 * amended, so that every source the console may use is listed here on purpose.
 */
export async function secureHttp(app: FastifyInstance, options: HttpSecurityOptions) {
  const allowed = new Set(options.corsOrigins);
  await app.register(fastifyCors, {
    origin: (origin, callback) =>
      callback(null, origin !== undefined && allowed.has(origin) ? origin : false),
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'x-api-key',
      'x-resident-consent',
      // Apollo Server's CSRF check accepts a GET with one of these.
      'apollo-require-preflight',
      'x-apollo-operation-name',
    ],
    // A page must be able to read how long to wait after a 429.
    exposedHeaders: ['retry-after'],
    credentials: false,
    maxAge: 600,
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // The console's build is files only: no inline script, no eval.
        scriptSrc: ["'self'"],
        // Default allows https: and 'unsafe-inline'; the build's CSS is a file, and
        // styles set from script (React's `style`, maplibre's transforms) are not inline CSS.
        styleSrc: ["'self'"],
        // maplibre-gl draws sprites and icons from data: and blob: URLs.
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        // maplibre-gl's tile workers may start from a blob: URL (child-src for older Safari).
        workerSrc: ["'self'", 'blob:'],
        childSrc: ["'self'", 'blob:'],
        // /graphql and /tiles on this origin, and live updates over WebSockets.
        connectSrc: ["'self'", sameHostWebSockets],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Nobody frames the console (clickjacking); X-Frame-Options below says the same.
        frameAncestors: ["'none'"],
        // In development the origin is http://localhost; upgrading would break it.
        upgradeInsecureRequests: options.production ? [] : null,
      },
    },
    xFrameOptions: { action: 'deny' },
    // A year of HTTPS-only is a production promise; a developer's localhost makes none.
    strictTransportSecurity: options.production,
  });
}
