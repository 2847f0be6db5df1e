import { createLogger, loadConfig, runMain } from '@civicgraph/platform';
import { migrateConfig } from './migrate-config';
import { prepareDatabase } from './prepare-database';

// The migration job of a deployment: every subgraph's schema to its latest migration on
// DATABASE_URL (the demo city too, when asked), then exit. Kysely's migration lock makes
// two jobs started at once safe.
runMain(async () => {
  const config = loadConfig(migrateConfig);
  const logger = createLogger('migrate', config.LOG_LEVEL);
  await prepareDatabase({
    databaseUrl: config.DATABASE_URL,
    logger,
    city: config.DEMO_SEED_ON_EMPTY
      ? {
          profile: config.CITY,
          seed: config.DEMO_SEED,
          requests: config.DEMO_REQUESTS,
          now: new Date(),
        }
      : null,
  });
  logger.info('every subgraph is migrated');
});
