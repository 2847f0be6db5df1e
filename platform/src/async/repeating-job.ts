export interface RepeatingJobOptions {
  /** Milliseconds from start to the first run. */
  firstAfterMs: number;
  /** Milliseconds from the end of one run to the start of the next. */
  everyMs: number;
  /**
   * One run. It asks `stopped()` between its units of work (a batch, a transaction),
   * so that a closing server waits for one unit only.
   */
  run(stopped: () => boolean): Promise<void>;
  /** A failed run (the database restarting) is reported here and retried at the next turn. */
  onError(error: unknown): void;
}

/**
 * Runs a background job on a timer, one run at a time: the next is scheduled when a
 * run ends, so a slow run never overlaps the next. The returned stop clears the timer
 * and waits for a run in flight, which stops after its current unit of work: once it
 * resolves no timer is left and no query runs, so the pool can close.
 */
export function startRepeatingJob(options: RepeatingJobOptions): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  const scheduleIn = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(run, ms);
  };
  const run = () => {
    timer = null;
    running = options
      .run(() => stopped)
      .catch((error: unknown) => options.onError(error))
      .finally(() => {
        running = null;
        scheduleIn(options.everyMs);
      });
  };

  scheduleIn(options.firstAfterMs);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    timer = null;
    await running;
  };
}
