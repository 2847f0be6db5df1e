import type { Logger } from '@civicgraph/platform';
import { startRepeatingJob } from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import type { RequestsDatabase } from '../db/database';
import { pruneOutbox } from '../lifecycle/outbox-retention';

const DAY_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;
// Soon, but not in the middle of start-up (migrations, the first requests): an
// instance that restarts often still prunes.
const FIRST_PRUNE_AFTER_MS = 60 * 1000;

export interface OutboxPrunerOptions {
  /** Events are kept this many days (OUTBOX_RETENTION_DAYS). */
  retentionDays: number;
  logger: Logger;
  firstAfterMs?: number;
  everyMs?: number;
}

/**
 * Deletes outbox events older than the retention window every hour (and once a minute
 * after start), raising the horizon readers resync from (outbox-retention.ts). Safe
 * on several instances at once. The returned stop waits for a prune in flight, which
 * stops after its current batch.
 */
export function startOutboxPruner(
  db: Kysely<RequestsDatabase>,
  options: OutboxPrunerOptions,
): () => Promise<void> {
  return startRepeatingJob({
    firstAfterMs: options.firstAfterMs ?? FIRST_PRUNE_AFTER_MS,
    everyMs: options.everyMs ?? PRUNE_EVERY_MS,
    run: async (stopped) => {
      const olderThan = new Date(Date.now() - options.retentionDays * DAY_MS);
      const pruned = await pruneOutbox(db, { olderThan, stopped });
      if (pruned > 0) options.logger.info({ pruned, olderThan }, 'pruned outbox events');
    },
    onError: (error) => options.logger.error({ err: error }, 'outbox prune failed'),
  });
}
