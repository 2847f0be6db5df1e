import { accessOptionsFromConfig } from '@civicgraph/gateway';
import {
  createLogger,
  loadConfig,
  runMain,
  SHUTDOWN_DEADLINE_MS,
  startTracing,
  stopOnSignal,
} from '@civicgraph/platform';
import { stackSecrets } from './access-secrets';
import { stackConfig } from './config';
import { openDatabaseServer } from './database-server';
import { prepareDatabase } from './prepare-database';
import { startSpreadStack } from './spread-stack';
import { startStack } from './start-stack';

/** Lines of a child's output shown when it kept dying: the cause is usually there. */
const LAST_LINES = 30;

// `npm start`: PostgreSQL (embedded unless DATABASE_URL), migrations, demo data on
// first start, every subgraph, and the gateway with the console on one origin.
runMain(async () => {
  const config = loadConfig(stackConfig);
  const tracing = startTracing({ service: 'civicgraph', config });
  const pretty = Boolean(process.stdout.isTTY);
  const logger = createLogger('civicgraph', config.LOG_LEVEL, { pretty });
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
    const secrets = await stackSecrets(config, logger);
    let stopping: Promise<void> | null = null;
    // Ctrl-C and a child that keeps dying may both ask: the stack stops once.
    const stopAll = (stack: { close(): Promise<void> }) =>
      (stopping ??= stack.close().finally(() => database.stop()));
    const stack =
      config.STACK_PROCESSES === 'one'
        ? await startStack({
            databaseUrl: database.url,
            secrets,
            access: accessOptionsFromConfig(config),
            host: config.HOST,
            port: config.PORT,
            logger,
            consoleDir: config.CONSOLE_DIR,
            poolMax: config.DB_POOL_MAX,
            config,
          })
        : await startSpreadStack({
            config,
            databaseUrl: database.url,
            secrets,
            logger,
            pretty,
            onGiveUp: (last) => {
              const lastOutput = last.output.trimEnd().split('\n').slice(-LAST_LINES).join('\n');
              logger.error(
                { child: last.name, lastOutput },
                `${last.name} keeps exiting: stopping CivicGraph`,
              );
              stopAll(stack).finally(() => process.exit(1));
            },
          });
    const shown = stack.url.replace('127.0.0.1', 'localhost');
    logger.info(`CivicGraph is up: console ${shown}/  ·  GraphQL ${shown}/graphql`);
    // The children each have their own deadline (SHUTDOWN_DEADLINE_MS), the gateway's
    // before the subgraphs', then the database stops: the launcher waits for all of it.
    stopOnSignal(
      logger,
      async () => {
        await stopAll(stack);
        await tracing.shutdown();
      },
      { deadlineMs: 4 * SHUTDOWN_DEADLINE_MS },
    );
  } catch (error) {
    await database.stop();
    throw error;
  }
});
