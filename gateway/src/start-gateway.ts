import { type Logger, type RunningServer, startGraphQLServer } from '@civicgraph/platform';
import { createGateway } from './create-gateway';
import { serveConsole } from './serve-console';

export interface StartGatewayOptions {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  host: string;
  port: number;
  logger: Logger;
  /** The console's production build; null serves the API only. */
  consoleDir: string | null;
}

/** The one public origin: `/graphql`, `/health` and the console at `/`. */
export async function startGateway(options: StartGatewayOptions): Promise<RunningServer> {
  const logger = options.logger.child({ server: 'gateway' });
  return startGraphQLServer({
    name: 'gateway',
    logger,
    host: options.host,
    port: options.port,
    gateway: createGateway({ ...options, logger }),
    context: async () => ({}),
    configure: async (app) => {
      if (options.consoleDir) await serveConsole(app, options.consoleDir);
    },
  });
}
