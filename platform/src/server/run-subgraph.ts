import { z } from 'zod';
import { secretField } from '../access/secrets';
import { configFields } from '../config/fields';
import { loadConfig } from '../config/load-config';
import { createLogger } from '../logger';
import { metricsConfig } from '../observability/metrics-config';
import { startTracing, tracingConfig } from '../observability/tracing';
import { exitWithLauncher, launcherConfig } from './exit-with-launcher';
import { stopOnSignal } from './shutdown';
import { type AnySubgraph, migrateSubgraph, openSubgraphDatabase, startSubgraph } from './subgraph';

/** Configuration of one subgraph run as its own process (scaled-out deployments). */
export const subgraphProcessConfig = z.object({
  ...tracingConfig.shape,
  DATABASE_URL: configFields.postgresUrl().unwrap(),
  HOST: configFields.host('127.0.0.1'),
  PORT: configFields.port(4001),
  LOG_LEVEL: configFields.logLevel(),
  /** `production` serves no metrics without METRICS_TOKEN. */
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      error: 'must be development, production or test',
    })
    .default('development'),
  ...metricsConfig.shape,
  DB_POOL_MAX: configFields.positiveInt(10),
  MIGRATE_ON_START: configFields.flag(true),
  /** Shared with the gateway, which signs every caller it sends here. */
  GATEWAY_SIGNING_SECRET: secretField(),
  /** Shared with the gateway; accounts signs staff access tokens with it. */
  ACCESS_TOKEN_SECRET: secretField(),
  /**
   * The other subgraphs this one asks as its caller, `name=url` separated by commas,
   * e.g. `accounts=http://accounts:4001/graphql` (requests checks assignees there).
   */
  PEER_URLS: z
    .string()
    .default('')
    .transform((value, ctx) => {
      const urls: Record<string, string> = {};
      for (const entry of value
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean)) {
        const [name, url] = entry.split('=', 2);
        if (!name || !url || !URL.canParse(url)) {
          ctx.addIssue({ code: 'custom', message: `"${entry}" is not name=url` });
          return z.NEVER;
        }
        urls[name] = url;
      }
      return urls;
    }),
  ...launcherConfig.shape,
});

/** Entry point of `subgraphs/<name>/src/main.ts`: migrate, serve, stop on a signal. */
export async function runSubgraphProcess(definition: AnySubgraph) {
  // The subgraph's own variables are checked with the process's, so every bad one is
  // reported at once. Typed as no keys: the subgraph parses its own from `config`.
  const subgraphVariables: Record<never, never> = definition.config?.shape ?? {};
  const config = loadConfig(subgraphProcessConfig.extend(subgraphVariables));
  const tracing = startTracing({ service: definition.name, config });
  const logger = createLogger(definition.name, config.LOG_LEVEL);
  if (config.MIGRATE_ON_START) {
    const db = openSubgraphDatabase(definition, { databaseUrl: config.DATABASE_URL, poolMax: 1 });
    try {
      await migrateSubgraph(definition, db);
    } finally {
      await db.destroy();
    }
  }
  const running = await startSubgraph(definition, {
    databaseUrl: config.DATABASE_URL,
    poolMax: config.DB_POOL_MAX,
    host: config.HOST,
    port: config.PORT,
    logger,
    peerUrls: config.PEER_URLS,
    config,
    metricsAccess: {
      token: config.METRICS_TOKEN ?? null,
      production: config.NODE_ENV === 'production',
    },
    secrets: {
      callerSigning: config.GATEWAY_SIGNING_SECRET,
      accessToken: config.ACCESS_TOKEN_SECRET,
    },
  });
  exitWithLauncher(
    config.EXIT_WITH_LAUNCHER,
    logger,
    stopOnSignal(logger, async () => {
      await running.close();
      await tracing.shutdown();
    }),
  );
}
