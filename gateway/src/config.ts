import { fileURLToPath } from 'node:url';
import {
  configFields,
  launcherConfig,
  metricsConfig,
  secretField,
  tracingConfig,
} from '@civicgraph/platform';
import { z } from 'zod';
import { DEFAULT_SUPERGRAPH_PATH } from './supergraph';

/** The persisted-operation manifest shipped beside the gateway. */
export const DEFAULT_PERSISTED_OPERATIONS_PATH = fileURLToPath(
  new URL('../persisted-operations.json', import.meta.url),
);

const origin = z.url({ protocol: /^https?$/, error: 'must be http(s) origins, comma-separated' });

/**
 * Who may come in and how much they may ask: the gateway's access settings. They
 * have defaults, so a gateway started in code (the stack, tests) gets them too.
 */
export const accessConfig = z.object({
  /** `production` turns introspection off for everyone but staff, and drops the dev CORS origin. */
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      error: 'must be development, production or test',
    })
    .default('development'),
  /** Deepest selection an operation may nest. */
  MAX_QUERY_DEPTH: configFields.positiveInt(12),
  /** Aliased fields per operation (each alias can repeat a costly field). */
  MAX_ALIASES: configFields.positiveInt(30),
  /** Top-level fields per operation (each may call another subgraph). */
  MAX_ROOT_FIELDS: configFields.positiveInt(10),
  /** Directive uses per operation. */
  MAX_DIRECTIVES: configFields.positiveInt(50),
  /**
   * Lexical tokens per document, counted before it is parsed. Besides parsing, it bounds
   * validation, which is quadratic in repeated fields (2,000 tokens of `f(x: 1) f(x: 2)…`
   * take graphql-js about 0.2 s to refuse).
   */
  MAX_TOKENS: configFields.positiveInt(2000),
  /** Estimated cost: each field 1, a list's selection times its `first`/`last` or page size. */
  MAX_QUERY_COST: configFields.positiveInt(20_000),
  /** Largest request body, in bytes. */
  MAX_BODY_BYTES: configFields.positiveInt(64 * 1024),
  /**
   * Largest file an admin uploads to a dataset (`POST /datasets/{slug}/rows.csv`),
   * relayed as it arrives: this route's limit only, not GraphQL's.
   */
  MAX_UPLOAD_BYTES: configFields.positiveInt(256 * 1024 * 1024),
  /** Requests per minute from one address without credentials. */
  ANONYMOUS_RATE_LIMIT_PER_MINUTE: configFields.positiveInt(300),
  /** Requests per minute per signed-in staff member. */
  STAFF_RATE_LIMIT_PER_MINUTE: configFields.positiveInt(3000),
  /** Shares rate limits between gateway instances; unset keeps them in this instance's memory. */
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })
    .optional(),
  /** Prefix of the rate-limit keys in Redis (deployments sharing one Redis differ here). */
  RATE_LIMIT_KEY_PREFIX: z.string().min(1).default('civicgraph:rate'),
  /** How long an API key's lookup is reused: a revoked key stops working within this. */
  API_KEY_CACHE_SECONDS: configFields.positiveInt(30),
  /** How long a session's lookup is reused: a signed-out session stops working within this. */
  SESSION_CACHE_SECONDS: configFields.positiveInt(10),
  /** The allowlist of persisted operations: JSON `{ "<sha256 of document>": "<document>" }`. */
  PERSISTED_OPERATIONS_PATH: z.string().min(1).default(DEFAULT_PERSISTED_OPERATIONS_PATH),
  /** Origins whose browser pages may call the API (comma-separated); the console's own origin needs none. */
  CORS_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item.length > 0),
    )
    .pipe(z.array(origin))
    // Browsers send `scheme://host[:port]`: a trailing slash or path would never match.
    .transform((origins) => origins.map((url) => new URL(url).origin))
    .optional(),
  /** Behind a load balancer: take the client's address from X-Forwarded-For. */
  TRUST_PROXY: configFields.flag(false),
  ...metricsConfig.shape,
});

export type AccessConfig = z.output<typeof accessConfig>;

/** The gateway run as its own process, in front of subgraphs run elsewhere. */
export const gatewayConfig = z.object({
  HOST: configFields.host('0.0.0.0'),
  PORT: configFields.port(4000),
  LOG_LEVEL: configFields.logLevel(),
  ACCOUNTS_URL: configFields.httpUrl(),
  ASSETS_URL: configFields.httpUrl(),
  DATASETS_URL: configFields.httpUrl(),
  REQUESTS_URL: configFields.httpUrl(),
  /** The composed supergraph to serve (`pnpm compose` writes schema/supergraph.graphql). */
  SUPERGRAPH_PATH: z.string().min(1).default(DEFAULT_SUPERGRAPH_PATH),
  /** The console's production build; unset serves the API only. */
  CONSOLE_DIR: z.string().min(1).optional(),
  /** Signs the caller sent to every subgraph; each subgraph has the same one. */
  GATEWAY_SIGNING_SECRET: secretField(),
  /** Checks staff access tokens; accounts signs them with the same one. */
  ACCESS_TOKEN_SECRET: secretField(),
  /**
   * The database holding the requests outbox (`requests.outbox_events`), read for
   * subscriptions; a role that may only read it is enough. Unset serves no subscriptions.
   */
  OUTBOX_DATABASE_URL: configFields.postgresUrl().optional(),
  /** Seconds between the subscription socket's keep-alive pings; a silent client is dropped after as long. */
  SUBSCRIPTION_KEEPALIVE_SECONDS: configFields.positiveInt(12),
  /** Seconds between two checks of a subscriber's credentials (revoked keys, ended sessions). */
  SUBSCRIPTION_RECHECK_SECONDS: configFields.positiveInt(60),
  /** Subscriptions one connection may hold. */
  MAX_SUBSCRIPTIONS_PER_CONNECTION: configFields.positiveInt(50),
  ...accessConfig.shape,
  ...launcherConfig.shape,
  ...tracingConfig.shape,
});
