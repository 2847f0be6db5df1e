import {
  type AccessOverrides,
  type RealtimeOptions,
  type RunningGateway,
  readSupergraph,
  startGateway,
} from '@civicgraph/gateway';
import {
  type AccessSecrets,
  type LogEvent,
  type Logger,
  type RunningSubgraph,
  startSubgraph,
} from '@civicgraph/platform';
import { subgraphs } from '@civicgraph/schema';

export interface StackOptions {
  databaseUrl: string;
  host: string;
  /** Port of the one public origin; 0 picks a free one (tests). */
  port: number;
  logger: Logger;
  secrets: AccessSecrets;
  /** The console's production build; null serves the API only. */
  consoleDir: string | null;
  poolMax?: number;
  /** The gateway's limits, rate limits and mode; its config defaults where unset. */
  access?: AccessOverrides;
  /** Subscription settings beside the outbox's database (the stack's own). */
  realtime?: Omit<RealtimeOptions, 'databaseUrl'>;
  /** Leaves the subgraphs' background work (schedulers) off: tests. */
  withoutBackground?: boolean;
  /** The loaded stack config: each subgraph takes its own variables from it. */
  config?: Readonly<Record<string, unknown>>;
  /** Sees every SQL statement, by subgraph: statement counting in tests. */
  onQuery?: (subgraph: string, event: LogEvent) => void;
}

export interface RunningStack {
  /** The public origin, e.g. http://127.0.0.1:4000 */
  url: string;
  /** The database the subgraphs share and the gateway reads the outbox from. */
  databaseUrl: string;
  gateway: RunningGateway;
  subgraphs: Array<RunningSubgraph<unknown>>;
  close(): Promise<void>;
}

/**
 * Every subgraph on a private loopback port and the gateway on the public one.
 * The subgraphs are the same servers a scaled-out deployment runs as processes.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const { logger, onQuery } = options;
  const running: Array<RunningSubgraph<unknown>> = [];
  // Filled in as each subgraph starts: a subgraph asks its peers only while serving.
  const peerUrls: Record<string, string> = {};
  try {
    for (const subgraph of subgraphs) {
      running.push(
        await startSubgraph(subgraph, {
          databaseUrl: options.databaseUrl,
          host: '127.0.0.1',
          port: 0,
          logger,
          secrets: options.secrets,
          peerUrls,
          ...(options.config ? { config: options.config } : {}),
          ...(options.withoutBackground ? { withoutBackground: true } : {}),
          ...(options.poolMax ? { poolMax: options.poolMax } : {}),
          ...(onQuery ? { onQuery: (event: LogEvent) => onQuery(subgraph.name, event) } : {}),
        }),
      );
      peerUrls[subgraph.name] = running.at(-1)!.url;
    }
    const gateway = await startGateway({
      supergraphSdl: readSupergraph(),
      subgraphUrls: Object.fromEntries(running.map((s) => [s.name, s.url])),
      host: options.host,
      port: options.port,
      logger,
      consoleDir: options.consoleDir,
      secrets: options.secrets,
      ...(options.access ? { access: options.access } : {}),
      realtime: { databaseUrl: options.databaseUrl, ...options.realtime },
    });
    return {
      url: gateway.url.replace(/\/graphql$/, ''),
      databaseUrl: options.databaseUrl,
      gateway,
      subgraphs: running,
      close: async () => {
        // The gateway first, so no request reaches a subgraph that is going away.
        await gateway.close();
        await Promise.all(running.map((s) => s.close()));
      },
    };
  } catch (error) {
    await Promise.allSettled(running.map((s) => s.close()));
    throw error;
  }
}
