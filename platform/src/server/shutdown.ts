import type { Logger } from '../logger';

/**
 * One Ctrl-C can reach us twice within milliseconds: from the terminal and again from
 * a wrapper that forwards it (`timeout`, some process managers). Only a second signal
 * after this long is a person insisting.
 */
const SAME_SIGNAL_MS = 1000;

/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits. A second signal while stopping
 * exits at once, so a stuck shutdown never needs `kill -9`.
 */
export function stopOnSignal(logger: Logger, stop: () => Promise<void>) {
  let stoppingSince: number | null = null;
  const handle = (signal: NodeJS.Signals) => {
    if (stoppingSince !== null) {
      if (Date.now() - stoppingSince < SAME_SIGNAL_MS) return;
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stoppingSince = Date.now();
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
