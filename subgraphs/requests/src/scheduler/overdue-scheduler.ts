import type { Logger } from '@civicgraph/platform';
import { startRepeatingJob } from '@civicgraph/platform';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { RequestsDatabase } from '../db/database';
import { systemActor } from '../lifecycle/actor';
import { writeRequests } from '../lifecycle/requests-write';
import { changeWorkOrder } from '../lifecycle/work-order-change';

/** Who the audit trail and events name for every flip. */
export const OVERDUE_JOB = 'overdue-scheduler';

/** Work orders flipped per transaction: short locks, and progress kept if a pass stops. */
const DEFAULT_BATCH_SIZE = 200;

export interface OverduePassOptions {
  batchSize?: number;
  /** Asked between batches: a closing server stops the pass there. */
  stopped?: () => boolean;
}

/**
 * Takes the next batch of open, past-due work not yet marked, locked for this
 * transaction. SKIP LOCKED: a second pass running at the same time takes other rows
 * instead of waiting for these; a row another pass has just flipped no longer matches
 * when its lock is taken (PostgreSQL re-checks the condition on the newest version),
 * so no work order is flipped twice. The predicate repeats the partial index's
 * wording (migration 0007) so the planner uses it.
 */
function lockNextBatch(trx: Transaction<RequestsDatabase>, now: Date, size: number) {
  return trx
    .selectFrom('workOrders')
    .select('id')
    .where(sql<boolean>`not overdue and status not in ('COMPLETED', 'CLOSED', 'CANCELLED')`)
    .where('dueAt', '<', now)
    .orderBy('dueAt')
    .limit(size)
    .forUpdate()
    .skipLocked()
    .execute();
}

/**
 * One scan: marks every open work order whose due time has passed as overdue, through
 * `changeWorkOrder`, so each flip has its audit entry, its WORK_ORDER_UPDATED event
 * (action OVERDUE, changed ['overdue']) and its counter move, in batches of one
 * transaction each. Safe to run twice and concurrently. Returns how many it flipped.
 *
 * Only this job raises `overdue`; the change that ends it (completing, cancelling, a
 * later due time) lowers it in its own write (work-order-change.ts).
 */
export async function markOverdueWorkOrders(
  db: Kysely<RequestsDatabase>,
  options: OverduePassOptions = {},
): Promise<number> {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let flipped = 0;
  for (;;) {
    if (options.stopped?.()) return flipped;
    const count = await writeRequests(db, systemActor(OVERDUE_JOB), async (write) => {
      const batch = await lockNextBatch(write.trx, write.now, size);
      for (const { id } of batch) {
        await changeWorkOrder(write, id, null, () => ({
          action: 'OVERDUE',
          set: { overdue: true },
        }));
      }
      return batch.length;
    });
    flipped += count;
    if (count < size) return flipped;
  }
}

export interface OverdueSchedulerOptions {
  intervalSeconds: number;
  logger: Logger;
  batchSize?: number;
}

/**
 * Runs `markOverdueWorkOrders` every `intervalSeconds` (the first pass one interval
 * after start), one pass at a time; the returned stop waits for a pass in flight,
 * which stops after its current batch (platform's repeating-job.ts).
 */
export function startOverdueScheduler(
  db: Kysely<RequestsDatabase>,
  options: OverdueSchedulerOptions,
): () => Promise<void> {
  const everyMs = options.intervalSeconds * 1000;
  return startRepeatingJob({
    firstAfterMs: everyMs,
    everyMs,
    run: async (stopped) => {
      const flipped = await markOverdueWorkOrders(db, {
        stopped,
        ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      });
      if (flipped > 0) options.logger.info({ flipped }, 'work orders became overdue');
    },
    onError: (error) => options.logger.error({ err: error }, 'overdue scan failed'),
  });
}
