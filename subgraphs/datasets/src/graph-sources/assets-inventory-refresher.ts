import type { Logger, PeerGraph } from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import type { DatasetsDatabase } from '../db/database';
import { refreshAssetsInventory } from './assets-inventory';

export interface RefresherOptions {
  everyMs: number;
  logger: Logger;
  /** First wait after a failed refresh; doubled each time up to `everyMs`. */
  retryAfterMs?: number;
}

/**
 * Refreshes the assets inventory on start, then every `everyMs`. A refresh that fails
 * (assets not up yet when the processes start in another order, a restart) is tried
 * again soon, then less often, rather than leaving the inventory an hour stale. One
 * refresh at a time; the returned stop waits for the one in flight.
 */
export function startAssetsInventoryRefresher(
  db: Kysely<DatasetsDatabase>,
  peers: PeerGraph,
  options: RefresherOptions,
): () => Promise<void> {
  const firstRetryMs = options.retryAfterMs ?? 5_000;
  let retryMs = firstRetryMs;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  const run = () => {
    timer = null;
    running = refreshAssetsInventory(db, peers, () => stopped)
      .then((outcome) => {
        retryMs = firstRetryMs;
        if (outcome.kind === 'written') {
          options.logger.info({ rows: outcome.rows }, 'assets inventory refreshed');
        }
        return options.everyMs;
      })
      .catch((error: unknown) => {
        options.logger.warn({ err: error, retryMs }, 'assets inventory refresh failed');
        const wait = retryMs;
        retryMs = Math.min(retryMs * 2, options.everyMs);
        return wait;
      })
      .then((wait) => {
        running = null;
        if (!stopped) timer = setTimeout(run, wait);
      });
  };

  run();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    timer = null;
    await running;
  };
}
