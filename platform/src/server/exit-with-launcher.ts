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

/** When `enabled`, shuts this process down once its launcher is gone. */
export function exitWithLauncher(enabled: boolean, logger: Logger, shutdown: BeginShutdown) {
  if (!enabled) return;
  const stdin = process.stdin;
  const gone = () => {
    // Nobody reads our output any more: a write to the closed pipe must not crash the drain.
    process.stdout.on('error', () => {});
    process.stderr.on('error', () => {});
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
