import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@civicgraph/platform';
import type { ProcessStack, SubgraphDeployable } from './process-stack';
import type { ServiceProcess } from './service-process';

export interface KeepAliveOptions {
  logger: Logger;
  /** Waits before each restart of one service, doubling from the first; the last repeats. */
  backoffMilliseconds?: readonly number[];
  /** A service that exits this many times within `windowMilliseconds` is not restarted again… */
  maxExits?: number;
  windowMilliseconds?: number;
  /** …nor one whose restarts end this many times in a row before it listens. */
  maxFailedStarts?: number;
  /**
   * A service keeps dying (a bad variable, a port taken, a bug on start-up): restarting
   * it forever would hide that. `last` is its final process, its output's tail at hand.
   */
  onGiveUp: (last: ServiceProcess) => void;
}

export interface KeepingAlive {
  /** No more restarts: call before closing the stack, so its stops are not taken for crashes. */
  stop(): void;
}

const DEFAULT_BACKOFF = [250, 500, 1000, 2000, 4000];

/**
 * Restarts any process of `stack` that ends without being told to (a crash, the OOM
 * killer, someone's `kill`), after a pause that grows while it keeps ending, so that
 * `npm start` keeps serving through one bad moment of one service.
 */
export function keepProcessesAlive(stack: ProcessStack, options: KeepAliveOptions): KeepingAlive {
  const { logger } = options;
  const backoff = options.backoffMilliseconds ?? DEFAULT_BACKOFF;
  const maxExits = options.maxExits ?? 5;
  const windowMilliseconds = options.windowMilliseconds ?? 60_000;
  const maxFailedStarts = options.maxFailedStarts ?? 3;
  const exitTimes = new Map<ServiceProcess['name'], number[]>();
  let stopped = false;

  // The process now in `died`'s place: restart() puts its successor there on spawn.
  const currentOf = (died: ServiceProcess, gatewayIndex: number): ServiceProcess =>
    died.name === 'gateway'
      ? stack.gateways[gatewayIndex]!
      : stack.subgraphs[died.name as SubgraphDeployable];

  const revive = async (died: ServiceProcess, code: number | null) => {
    let current = died;
    let failedStarts = 0;
    const gatewayIndex = stack.gateways.indexOf(died);
    for (;;) {
      const now = Date.now();
      const recent = (exitTimes.get(current.name) ?? []).filter(
        (time) => now - time < windowMilliseconds,
      );
      recent.push(now);
      exitTimes.set(current.name, recent);
      if (recent.length >= maxExits || failedStarts >= maxFailedStarts) {
        stopped = true;
        logger.error(
          { child: current.name, exits: recent.length, failedStarts },
          `${current.name} keeps exiting: giving up`,
        );
        options.onGiveUp(current);
        return;
      }
      const delay = backoff[Math.min(recent.length - 1, backoff.length - 1)]!;
      logger.warn(
        { child: current.name, code: code ?? current.child.signalCode, restartInMs: delay },
        `${current.name} exited unexpectedly: restarting it`,
      );
      await sleep(delay);
      if (stopped) return;
      try {
        const next = await stack.restart(current);
        logger.info({ child: next.name, pid: next.child.pid }, `${next.name} restarted`);
        watch(next);
        return;
      } catch {
        if (stopped) return;
        // It died again on its way up: that counts as another exit.
        failedStarts++;
        current = currentOf(current, gatewayIndex);
        code = await current.exited;
      }
    }
  };

  const watch = (child: ServiceProcess) => {
    child.exited.then((code) => {
      if (!stopped && !child.stopping) void revive(child, code);
    });
  };

  for (const child of [...Object.values(stack.subgraphs), ...stack.gateways]) watch(child);
  return {
    stop: () => {
      stopped = true;
    },
  };
}
