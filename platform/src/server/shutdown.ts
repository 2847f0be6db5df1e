import type { Logger } from '../logger';

/**
 * One Ctrl-C can reach us twice within milliseconds: from the terminal and again from
 * a wrapper that forwards it (`timeout`, some process managers). Only a second signal
 * after this long is a person insisting.
 */
const SAME_SIGNAL_MS = 1000;

/** Starts the same shutdown a signal starts, for another reason (the launcher went away). */
export type BeginShutdown = (reason: string) => void;

/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits. A second signal while stopping
 * exits at once, so a stuck shutdown never needs `kill -9`. Returns a way to start
 * that shutdown for another reason; it does nothing once one has begun.
 */
export function stopOnSignal(logger: Logger, stop: () => Promise<void>): BeginShutdown {
  let stoppingSince: number | null = null;
  const begin = (details: Record<string, unknown>) => {
    stoppingSince = Date.now();
    logger.info(details, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  const handle = (signal: NodeJS.Signals) => {
    if (stoppingSince !== null) {
      if (Date.now() - stoppingSince < SAME_SIGNAL_MS) return;
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    begin({ signal });
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
  return (reason) => {
    if (stoppingSince === null) begin({ reason });
  };
}
