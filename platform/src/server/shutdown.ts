import type { Logger } from '../logger';

/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits. A second signal while stopping
 * exits at once, so a stuck shutdown never needs `kill -9`.
 */
export function stopOnSignal(logger: Logger, stop: () => Promise<void>) {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
