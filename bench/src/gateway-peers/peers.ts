import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { GatewayProcess } from '@civicgraph/stack/gateway-process';

/** A gateway process in front of the bench's subgraphs. */
export interface PeerGateway {
  /** Its GraphQL URL. */
  url: string;
  stop(): Promise<void>;
}

export interface OurGatewayOptions {
  subgraphUrls: Record<string, string>;
  /** NODE_ENV=production (graphql-js without its development checks; see the results). */
  production: boolean;
  /** Writes a V8 CPU profile of the gateway here when it stops (`node --cpu-prof`). */
  profileDir?: string;
}

/** Our gateway (gateway/src/main.ts) as its own process, as startProcessStack runs it. */
export async function startOurGateway(options: OurGatewayOptions): Promise<PeerGateway> {
  const child = new GatewayProcess(
    {
      subgraphs: Object.entries(options.subgraphUrls).map(([name, url]) => ({ name, url })),
    },
    {
      env: {
        STAFF_RATE_LIMIT_PER_MINUTE: '100000000',
        NODE_ENV: options.production ? 'production' : 'development',
      },
      ...(options.profileDir
        ? { nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] }
        : {}),
    },
  );
  try {
    return { url: await child.ready, stop: async () => void (await child.stop()) };
  } catch (error) {
    await child.stop('SIGKILL');
    throw error;
  }
}

export interface HiveGatewayOptions {
  subgraphUrls: Record<string, string>;
  signingSecret: string;
}

const hiveEntry = fileURLToPath(new URL('./hive-gateway-process.ts', import.meta.url));

/** Hive Gateway (hive-gateway-process.ts) as its own process, in production mode. */
export async function startHiveGateway(options: HiveGatewayOptions): Promise<PeerGateway> {
  const child = spawn(process.execPath, ['--import', 'tsx', hiveEntry], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      SUBGRAPH_URLS: JSON.stringify(options.subgraphUrls),
      SIGNING_SECRET: options.signingSecret,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit');
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const listening = /listening (http:\S+)/.exec(output);
      if (listening) resolve(listening[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Hive Gateway exited with ${code}:\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
