import { once } from 'node:events';
import { createServer } from 'node:net';
import type { AccessSecrets } from '@civicgraph/platform';
import { type Deployable, ServiceProcess, type ServiceProcessOptions } from './service-process';

/** The subgraphs in the order they start (accounts first: the others ask it). */
export const SUBGRAPH_DEPLOYABLES = ['accounts', 'assets', 'requests', 'datasets'] as const;
export type SubgraphDeployable = (typeof SUBGRAPH_DEPLOYABLES)[number];

export interface ProcessStackOptions {
  /** One database for every subgraph; the gateways read the outbox there too. */
  databaseUrl: string;
  secrets: AccessSecrets;
  /** Where the gateways listen; `port` 0 gives each gateway a free port of its own. */
  host: string;
  port: number;
  /** How many gateway processes (a test runs two; `npm start` one). Default 1. */
  gateways?: number;
  /** The console's production build, served by the gateways; null serves the API only. */
  consoleDir: string | null;
  /** Environment for every process over the defaults (LOG_LEVEL, NODE_ENV, REDIS_URL, …). */
  env?: Record<string, string>;
  /** Sees each line any of the processes writes, restarted ones too: log forwarding. */
  onLine?: ServiceProcessOptions['onLine'];
  /** Each process in a process group of its own: the launcher alone takes Ctrl-C. */
  ownProcessGroups?: boolean;
}

export interface ProcessStack {
  subgraphs: Record<SubgraphDeployable, ServiceProcess>;
  gateways: ServiceProcess[];
  /** The first gateway's public origin, e.g. http://127.0.0.1:4000 */
  url: string;
  /** Each gateway's GraphQL URL, in order. */
  gatewayUrls: string[];
  /**
   * Starts `process` again (same port, same environment) after stopping it; resolves
   * once it listens. The new process takes the old one's place in `subgraphs` or
   * `gateways` as soon as it is spawned. Refused once `close` has begun.
   */
  restart(process: ServiceProcess): Promise<ServiceProcess>;
  /** The gateways first (no request reaches a subgraph going away), then the subgraphs. */
  close(): Promise<void>;
}

/** A port nothing listens on now, so that every subgraph can be told its peers' URLs up front. */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  const server = createServer();
  server.listen(0, host);
  await once(server, 'listening');
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port was assigned');
  return address.port;
}

/**
 * The scaled-out shape on one machine: every subgraph and each gateway as its own OS
 * process (what a container runs), on one PostgreSQL that is already migrated. Every
 * subgraph gets a loopback port chosen before any starts, so each knows its peers.
 */
export async function startProcessStack(options: ProcessStackOptions): Promise<ProcessStack> {
  const environment: Record<Deployable, Record<string, string>> = {} as never;
  const started: ServiceProcess[] = [];
  const common = {
    LOG_LEVEL: 'info',
    GATEWAY_SIGNING_SECRET: options.secrets.callerSigning,
    ACCESS_TOKEN_SECRET: options.secrets.accessToken,
    ...options.env,
  };
  let closing = false;
  const spawnService = (name: Deployable, env: Record<string, string>): ServiceProcess => {
    const child = new ServiceProcess(name, {
      env,
      ...(options.onLine ? { onLine: options.onLine } : {}),
      ...(options.ownProcessGroups ? { ownProcessGroup: true } : {}),
    });
    started.push(child);
    return child;
  };
  const start = async (name: Deployable): Promise<ServiceProcess> => {
    const child = spawnService(name, environment[name]);
    await child.ready;
    return child;
  };
  try {
    const subgraphUrls: Record<string, string> = {};
    for (const name of SUBGRAPH_DEPLOYABLES) {
      subgraphUrls[name] = `http://127.0.0.1:${await freePort()}/graphql`;
    }
    const peers = Object.entries(subgraphUrls)
      .map(([name, url]) => `${name}=${url}`)
      .join(',');
    for (const name of SUBGRAPH_DEPLOYABLES) {
      environment[name] = {
        DATABASE_URL: options.databaseUrl,
        HOST: '127.0.0.1',
        PORT: new URL(subgraphUrls[name]!).port,
        // Migrations ran once before (the launcher, or the migration job): not once per process.
        MIGRATE_ON_START: 'false',
        PEER_URLS: peers,
        ...common,
      };
    }
    const subgraphs = Object.fromEntries(
      await Promise.all(SUBGRAPH_DEPLOYABLES.map(async (name) => [name, await start(name)])),
    ) as Record<SubgraphDeployable, ServiceProcess>;
    const gatewayEnvironment = {
      HOST: options.host,
      OUTBOX_DATABASE_URL: options.databaseUrl,
      ...(options.consoleDir ? { CONSOLE_DIR: options.consoleDir } : {}),
      ...Object.fromEntries(
        Object.entries(subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]),
      ),
      ...common,
    };
    const gateways: ServiceProcess[] = [];
    const gatewayUrls: string[] = [];
    for (let i = 0; i < (options.gateways ?? 1); i++) {
      environment.gateway = { ...gatewayEnvironment, PORT: String(options.port) };
      const gateway = spawnService('gateway', environment.gateway);
      gateways.push(gateway);
      gatewayUrls.push(await gateway.ready);
    }
    const stack: ProcessStack = {
      subgraphs,
      gateways,
      gatewayUrls,
      url: gatewayUrls[0]!.replace(/\/graphql$/, ''),
      restart: async (child) => {
        await child.stop();
        // A gateway on port 0 comes back on another free port: keep the one it had (or,
        // if it died before it listened, the one it was given).
        const port =
          child.name === 'gateway'
            ? await child.ready.then(
                (url) => new URL(url).port,
                () => child.env.PORT!,
              )
            : null;
        const env = port ? { ...gatewayEnvironment, PORT: port } : environment[child.name];
        if (closing) throw new Error(`${child.name} is not restarted: the stack is closing`);
        const next = spawnService(child.name, env);
        if (child.name === 'gateway') gateways[gateways.indexOf(child)] = next;
        else subgraphs[child.name as SubgraphDeployable] = next;
        await next.ready;
        return next;
      },
      close: async () => {
        closing = true;
        await Promise.all(gateways.map((g) => g.stop()));
        await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
        await Promise.all(started.map((s) => s.stop('SIGKILL')));
      },
    };
    return stack;
  } catch (error) {
    closing = true;
    await Promise.all(started.map((s) => s.stop('SIGKILL')));
    throw error;
  }
}
