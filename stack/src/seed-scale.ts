import { createLogger, loadConfig, runMain } from '@civicgraph/platform';
import { z } from 'zod';
import { stackConfig } from './config';
import { openDatabaseServer } from './database-server';
import { prepareDatabase } from './prepare-database';
import { printSeedProgress } from './seed-progress';

// `pnpm seed:scale`: a city-sized database for benchmarks, beside the demo one
// (database SCALE_DATABASE, default civicgraph_scale), so the demo stays small.
const scaleConfig = stackConfig.extend({
  SCALE_DATABASE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lowercase identifier')
    .default('civicgraph_scale'),
  SCALE_REQUESTS: z.coerce.number().int().positive().default(1_000_000),
  SCALE_ASSETS: z.coerce.number().int().positive().default(200_000),
});

runMain(async () => {
  const config = loadConfig(scaleConfig);
  const logger = createLogger('seed-scale', config.LOG_LEVEL, { pretty: process.stdout.isTTY });
  const database = await openDatabaseServer(config, logger, config.SCALE_DATABASE);
  const started = performance.now();
  try {
    await prepareDatabase({
      databaseUrl: database.url,
      logger,
      city: {
        profile: config.CITY,
        seed: config.DEMO_SEED,
        requests: config.SCALE_REQUESTS,
        assets: config.SCALE_ASSETS,
        now: new Date(),
      },
      progress: printSeedProgress(),
    });
    logger.info(
      {
        seconds: Math.round((performance.now() - started) / 1000),
        database: config.SCALE_DATABASE,
      },
      'scale database ready',
    );
  } finally {
    await database.stop();
  }
});
