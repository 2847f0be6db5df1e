import { loadConfig } from '@civicgraph/platform';
import { type AccessConfig, accessConfig } from './config';

/** What one operation may ask for; each is refused with its own code, limit and value. */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  maxBodyBytes: number;
  /** A streamed upload's body (dataset CSV files), on its route only. */
  maxUploadBytes: number;
}

export interface RateLimitOptions {
  anonymousPerMinute: number;
  staffPerMinute: number;
  /** null keeps the counts in this instance's memory. */
  redisUrl: string | null;
  keyPrefix: string;
}

/** The gateway's access settings, from its config or given in code. */
export interface GatewayAccessOptions {
  production: boolean;
  limits: OperationLimits;
  rateLimits: RateLimitOptions;
  callerCache: { apiKeySeconds: number; sessionSeconds: number };
  persistedOperationsPath: string;
  /** Origins, besides the gateway's own, whose pages may call the API. */
  corsOrigins: readonly string[];
  trustProxy: boolean;
  /** Bearer token for `/metrics`; null: this machine only, nobody in production. */
  metricsToken: string | null;
}

/** Settings given in code: any group, any field of it; the rest are the config defaults. */
export type AccessOverrides = {
  [K in keyof GatewayAccessOptions]?: GatewayAccessOptions[K] extends readonly unknown[]
    ? GatewayAccessOptions[K]
    : GatewayAccessOptions[K] extends object
      ? Partial<GatewayAccessOptions[K]>
      : GatewayAccessOptions[K];
};

/** The Vite dev server of the console (`pnpm --filter console dev`). */
const CONSOLE_DEV_ORIGIN = 'http://localhost:5173';

export function accessOptionsFromConfig(config: AccessConfig): GatewayAccessOptions {
  const production = config.NODE_ENV === 'production';
  return {
    production,
    limits: {
      maxDepth: config.MAX_QUERY_DEPTH,
      maxAliases: config.MAX_ALIASES,
      maxRootFields: config.MAX_ROOT_FIELDS,
      maxDirectives: config.MAX_DIRECTIVES,
      maxTokens: config.MAX_TOKENS,
      maxCost: config.MAX_QUERY_COST,
      maxBodyBytes: config.MAX_BODY_BYTES,
      maxUploadBytes: config.MAX_UPLOAD_BYTES,
    },
    rateLimits: {
      anonymousPerMinute: config.ANONYMOUS_RATE_LIMIT_PER_MINUTE,
      staffPerMinute: config.STAFF_RATE_LIMIT_PER_MINUTE,
      redisUrl: config.REDIS_URL ?? null,
      keyPrefix: config.RATE_LIMIT_KEY_PREFIX,
    },
    callerCache: {
      apiKeySeconds: config.API_KEY_CACHE_SECONDS,
      sessionSeconds: config.SESSION_CACHE_SECONDS,
    },
    persistedOperationsPath: config.PERSISTED_OPERATIONS_PATH,
    corsOrigins: config.CORS_ORIGINS ?? (production ? [] : [CONSOLE_DEV_ORIGIN]),
    trustProxy: config.TRUST_PROXY,
    metricsToken: config.METRICS_TOKEN ?? null,
  };
}

/** The config's defaults with `overrides` laid over them, group by group. */
export function resolveAccessOptions(overrides: AccessOverrides = {}): GatewayAccessOptions {
  const production = overrides.production ?? false;
  const defaults = accessOptionsFromConfig(
    loadConfig(accessConfig, { NODE_ENV: production ? 'production' : 'development' }),
  );
  return {
    production,
    limits: { ...defaults.limits, ...overrides.limits },
    rateLimits: { ...defaults.rateLimits, ...overrides.rateLimits },
    callerCache: { ...defaults.callerCache, ...overrides.callerCache },
    persistedOperationsPath: overrides.persistedOperationsPath ?? defaults.persistedOperationsPath,
    corsOrigins: overrides.corsOrigins ?? defaults.corsOrigins,
    trustProxy: overrides.trustProxy ?? defaults.trustProxy,
    metricsToken: overrides.metricsToken ?? defaults.metricsToken,
  };
}
