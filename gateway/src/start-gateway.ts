import {
  type AccessSecrets,
  ANONYMOUS,
  type Logger,
  type RunningServer,
  startGraphQLServer,
} from '@civicgraph/platform';
import { createGateway } from './create-gateway';
import { serveConsole } from './serve-console';

export interface StartGatewayOptions {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  secrets: AccessSecrets;
  host: string;
  port: number;
  logger: Logger;
  /** The console's production build; null serves the API only. */
  consoleDir: string | null;
}

/** What this origin serves besides the console; the console never answers for them. */
const API_PATHS = ['/graphql', '/health'];

/** A subgraph's own /health, beside its /graphql; a slow answer counts as down. */
async function subgraphHealth(graphqlUrl: string) {
  const response = await fetch(new URL('/health', graphqlUrl), {
    signal: AbortSignal.timeout(2000),
  });
  if (!response.ok) throw new Error(`${graphqlUrl} health answered ${response.status}`);
}

/** The one public origin: `/graphql`, `/health` and the console at `/`. */
export async function startGateway(options: StartGatewayOptions): Promise<RunningServer> {
  const logger = options.logger.child({ server: 'gateway' });
  return startGraphQLServer({
    name: 'gateway',
    logger,
    host: options.host,
    port: options.port,
    gateway: createGateway({ ...options, signingSecret: options.secrets.callerSigning, logger }),
    // The gateway can serve only as much of the graph as its subgraphs can.
    healthChecks: Object.fromEntries(
      Object.entries(options.subgraphUrls).map(([name, url]) => [name, () => subgraphHealth(url)]),
    ),
    context: async () => ({ caller: ANONYMOUS }),
    configure: async (app) => {
      if (options.consoleDir) await serveConsole(app, options.consoleDir, API_PATHS);
    },
  });
}
