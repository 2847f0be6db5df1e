import { accessOptionsFromConfig } from '@civicgraph/gateway';
import {
  createLogger,
  loadConfig,
  runMain,
  startTracing,
  stopOnSignal,
} from '@civicgraph/platform';
import { stackSecrets } from './access-secrets';
import { stackConfig } from './config';
import { openDatabaseServer } from './database-server';
import { prepareDatabase } from './prepare-database';
import { startStack } from './start-stack';

// `npm start`: PostgreSQL (embedded unless DATABASE_URL), migrations, demo data on
// first start, every subgraph, and the gateway with the console on one origin.
runMain(async () => {
  const config = loadConfig(stackConfig);
  const tracing = startTracing({ service: 'civicgraph', config });
  const logger = createLogger('civicgraph', config.LOG_LEVEL, { pretty: process.stdout.isTTY });
  const database = await openDatabaseServer(config, logger, null);
  try {
    await prepareDatabase({
      databaseUrl: database.url,
      logger,
      city: {
        profile: config.CITY,
        seed: config.DEMO_SEED,
        requests: config.DEMO_REQUESTS,
        now: new Date(),
      },
    });
    const stack = await startStack({
      databaseUrl: database.url,
      secrets: await stackSecrets(config, logger),
      access: accessOptionsFromConfig(config),
      host: config.HOST,
      port: config.PORT,
      logger,
      consoleDir: config.CONSOLE_DIR,
      poolMax: config.DB_POOL_MAX,
      config,
    });
    const shown = stack.url.replace('127.0.0.1', 'localhost');
    logger.info(`CivicGraph is up: console ${shown}/  ·  GraphQL ${shown}/graphql`);
    stopOnSignal(logger, async () => {
      await stack.close();
      await database.stop();
      await tracing.shutdown();
    });
  } catch (error) {
    await database.stop();
    throw error;
  }
});
