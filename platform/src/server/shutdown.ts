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
 * How long a shutdown may take before the process exits anyway. Longer than a server's
 * drain deadline (graphql-server.ts, 10 s), so in-flight requests are cut by the drain
 * first, and shorter than the grace period orchestrators give before SIGKILL (30 s in
 * Kubernetes): the forced exit is ours, and logged, rather than a silent kill.
 */
export const SHUTDOWN_DEADLINE_MS = 15_000;

export interface StopOnSignalOptions {
  /** Exits with a failure code when `stop` has not finished after this long. */
  deadlineMs?: number;
}

/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits 0 (1 when it failed). A stop that
 * hangs (a connection that never closes, a pool that never ends) is cut after
 * `deadlineMs` with a log line and exit code 1; a second signal while stopping exits
 * at once, so a stuck shutdown never needs `kill -9`. Returns a way to start that
 * shutdown for another reason (the launcher went away); it does nothing once one has begun.
 */
export function stopOnSignal(
  logger: Logger,
  stop: () => Promise<void>,
  { deadlineMs = SHUTDOWN_DEADLINE_MS }: StopOnSignalOptions = {},
): BeginShutdown {
  let stoppingSince: number | null = null;
  const begin = (details: Record<string, unknown>) => {
    stoppingSince = Date.now();
    logger.info({ ...details, deadlineMs }, 'shutting down');
    // Kept referenced: should `stop` hang with nothing else pending, this still fires.
    setTimeout(() => {
      logger.error({ deadlineMs }, 'shutdown did not finish in time: exiting now');
      process.exit(1);
    }, deadlineMs);
    stop().then(
      () => {
        logger.info({ ms: Date.now() - stoppingSince! }, 'stopped');
        process.exit(0);
      },
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
