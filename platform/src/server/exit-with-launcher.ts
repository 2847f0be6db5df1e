import { closeSync, openSync } from 'node:fs';
import { z } from 'zod';
import { configFields } from '../config/fields';
import type { Logger } from '../logger';
import type { BeginShutdown } from './shutdown';

/**
 * Set by a launcher (`npm start` spread over the cores) on each process it starts:
 * this process's stdin is a pipe the launcher holds open for as long as it lives.
 */
export const launcherConfig = z.object({
  EXIT_WITH_LAUNCHER: configFields.flag(false),
});

/**
 * A launcher killed outright (SIGKILL, OOM) cannot stop its children, and they run in
 * process groups of their own, so no terminal signal reaches them either. The pipe it
 * held closes with it, whatever ended it: that is the cue to shut down as on SIGTERM.
 */
const GRACE_MS = 15_000;

/**
 * Points stdout and stderr at /dev/null: nobody reads them once the launcher is gone,
 * and a log line written to its closed pipe fails with EPIPE, which pino's exit-time
 * flush (sonic-boom's flushSync) retries forever: the process would never exit. Closing
 * a descriptor and opening a file takes the lowest free number, i.e. the one closed.
 */
function detachOutput() {
  for (const fd of [1, 2]) {
    closeSync(fd);
    const reopened = openSync('/dev/null', 'w');
    // Another open won the number (never seen): leave ours, a write there only fails.
    if (reopened !== fd) closeSync(reopened);
  }
}

/** When `enabled`, shuts this process down once its launcher is gone. */
export function exitWithLauncher(enabled: boolean, logger: Logger, shutdown: BeginShutdown) {
  if (!enabled) return;
  const stdin = process.stdin;
  const gone = () => {
    detachOutput();
    // A drain stuck on a peer that went with the launcher must not keep us forever.
    setTimeout(() => process.exit(1), GRACE_MS).unref();
    shutdown('launcher exited');
  };
  stdin.once('end', gone);
  stdin.once('error', gone);
  // Reading is what notices the end; the pipe alone must not keep the process alive.
  stdin.resume();
  (stdin as { unref?: () => void }).unref?.();
  logger.debug('will exit with the launcher');
}
