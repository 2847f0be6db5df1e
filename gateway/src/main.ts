import {
  createLogger,
  exitWithLauncher,
  loadConfig,
  runMain,
  startTracing,
  stopOnSignal,
} from '@civicgraph/platform';
import { accessOptionsFromConfig } from './access-options';
import { gatewayConfig } from './config';
import { startGateway } from './start-gateway';
import { readSupergraph } from './supergraph';

runMain(async () => {
  const config = loadConfig(gatewayConfig);
  const tracing = startTracing({ service: 'gateway', config });
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const gateway = await startGateway({
    supergraphSdl: readSupergraph(config.SUPERGRAPH_PATH),
    subgraphUrls: {
      accounts: config.ACCOUNTS_URL,
      assets: config.ASSETS_URL,
      datasets: config.DATASETS_URL,
      requests: config.REQUESTS_URL,
    },
    secrets: {
      callerSigning: config.GATEWAY_SIGNING_SECRET,
      accessToken: config.ACCESS_TOKEN_SECRET,
    },
    host: config.HOST,
    port: config.PORT,
    logger,
    consoleDir: config.CONSOLE_DIR ?? null,
    access: accessOptionsFromConfig(config),
    ...(config.OUTBOX_DATABASE_URL
      ? {
          realtime: {
            databaseUrl: config.OUTBOX_DATABASE_URL,
            keepAliveMilliseconds: config.SUBSCRIPTION_KEEPALIVE_SECONDS * 1000,
            recheckMilliseconds: config.SUBSCRIPTION_RECHECK_SECONDS * 1000,
            maxSubscriptionsPerConnection: config.MAX_SUBSCRIPTIONS_PER_CONNECTION,
          },
        }
      : {}),
  });
  exitWithLauncher(
    config.EXIT_WITH_LAUNCHER,
    logger,
    stopOnSignal(logger, async () => {
      await gateway.close();
      await tracing.shutdown();
    }),
  );
});
