import type { AccessSecrets, Logger } from '@civicgraph/platform';
import { forwardChildLogs } from './child-logs';
import type { StackConfig } from './config';
import { keepProcessesAlive } from './keep-alive';
import { startProcessStack } from './process-stack';
import type { ServiceProcess } from './service-process';

export interface SpreadStackOptions {
  config: StackConfig;
  databaseUrl: string;
  secrets: AccessSecrets;
  logger: Logger;
  /** Children's log lines pretty, as the launcher's own (a person at a terminal). */
  pretty: boolean;
  /** A child kept dying and is not restarted again: the launcher should stop. */
  onGiveUp: (last: ServiceProcess) => void;
}

export interface SpreadStack {
  /** The public origin, e.g. http://127.0.0.1:4000 */
  url: string;
  /** The gateway drains first, then the subgraphs; no restarts from here on. */
  close(): Promise<void>;
}

/**
 * `npm start` over the machine's cores: each subgraph and the gateway as its own
 * process (what their containers run), restarted when one dies. The children get
 * what the one-process stack takes from the stack's config: the rest of their
 * variables (access, rate limits, subgraphs' own) they read from the environment
 * they inherit, with the same definitions and defaults.
 */
export async function startSpreadStack(options: SpreadStackOptions): Promise<SpreadStack> {
  const { config, logger } = options;
  const stack = await startProcessStack({
    databaseUrl: options.databaseUrl,
    secrets: options.secrets,
    host: config.HOST,
    port: config.PORT,
    consoleDir: config.CONSOLE_DIR,
    env: {
      LOG_LEVEL: config.LOG_LEVEL,
      DB_POOL_MAX: String(config.DB_POOL_MAX),
      NODE_ENV: config.NODE_ENV,
    },
    onLine: forwardChildLogs(logger, options.pretty),
    ownProcessGroups: true,
  });
  const keepingAlive = keepProcessesAlive(stack, { logger, onGiveUp: options.onGiveUp });
  logger.info(
    {
      processes: [...Object.values(stack.subgraphs), ...stack.gateways]
        .map((child) => `${child.name} ${child.child.pid}`)
        .join(', '),
    },
    'gateway and subgraphs run as processes of their own (STACK_PROCESSES=one: in this one)',
  );
  return {
    url: stack.url,
    close: async () => {
      keepingAlive.stop();
      await stack.close();
    },
  };
}
