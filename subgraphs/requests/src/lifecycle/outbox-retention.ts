import { type Kysely, sql, type Transaction } from 'kysely';
import type { RequestsDatabase } from '../db/database';

/** Events deleted per transaction: short locks, and progress kept if a prune stops. */
const DEFAULT_BATCH_SIZE = 5000;

export interface PruneOutboxOptions {
  /** Events that occurred before this instant go (see pruneOutbox for the order). */
  olderThan: Date;
  batchSize?: number;
  /** Asked between batches: a closing server stops the prune there. */
  stopped?: () => boolean;
}

/**
 * The outbox's retention watermark: every event with id <= `prunedThrough` may be
 * gone. A reader whose last seen id is lower must resync; it reads the horizon after
 * (or with) the events it reads, never before, so a prune between the two is seen.
 */
export function outboxHorizon(db: Kysely<RequestsDatabase>) {
  return db
    .selectFrom('outboxHorizon')
    .select(['prunedThrough', 'prunedAt'])
    .executeTakeFirstOrThrow();
}

/**
 * The highest id of the next `size` events after the horizon such that it and every
 * event before it occurred before `olderThan`; null when the first is not old enough.
 * Ids follow commit order and occurred_at is when a transaction began, so the two can
 * disagree a little: an old event behind a newer one waits for it, and what is
 * deleted is always every event up to an id, which is what the horizon states.
 */
async function oldPrefixEnd(
  trx: Transaction<RequestsDatabase>,
  after: number,
  olderThan: Date,
  size: number,
): Promise<number | null> {
  const { rows } = await sql<{ lastOld: number | null }>`
    select max(id) as last_old from (
      select id, bool_and(occurred_at < ${olderThan}) over (order by id) as all_old
      from (
        select id, occurred_at from outbox_events where id > ${after} order by id limit ${size}
      ) as batch
    ) as prefix
    where all_old
  `.execute(trx);
  return rows[0]?.lastOld ?? null;
}

/**
 * One batch in one transaction: deletes the next old events and raises the horizon to
 * the highest id deleted. The horizon row is locked first, so a second prune (another
 * instance) waits, then reads the raised horizon and the table without those rows:
 * every event is deleted once. Returns how many it deleted.
 */
function pruneBatch(db: Kysely<RequestsDatabase>, olderThan: Date, size: number) {
  return db.transaction().execute(async (trx) => {
    const horizon = await trx
      .selectFrom('outboxHorizon')
      .select('prunedThrough')
      .forUpdate()
      .executeTakeFirstOrThrow();
    const after = Number(horizon.prunedThrough);
    const end = await oldPrefixEnd(trx, after, olderThan, size);
    if (end === null) return 0;
    const deleted = await trx
      .deleteFrom('outboxEvents')
      .where('id', '>', String(after))
      .where('id', '<=', String(end))
      .executeTakeFirst();
    await trx
      .updateTable('outboxHorizon')
      // greatest(): the watermark never goes down, whatever called this.
      .set({ prunedThrough: sql`greatest(pruned_through, ${end})`, prunedAt: sql`now()` })
      .execute();
    return Number(deleted.numDeletedRows);
  });
}

/**
 * Deletes the outbox events that occurred before `olderThan`, oldest first, in
 * batches of one short transaction each, raising `outbox_horizon.pruned_through` in
 * each. An event is deleted only with every event before it (an old event committed
 * after a newer one stays until that one goes), so everything up to the horizon is
 * gone and everything after it is kept. Safe to run twice and concurrently. Returns
 * how many events it deleted.
 */
export async function pruneOutbox(
  db: Kysely<RequestsDatabase>,
  options: PruneOutboxOptions,
): Promise<number> {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let pruned = 0;
  for (;;) {
    if (options.stopped?.()) return pruned;
    const deleted = await pruneBatch(db, options.olderThan, size);
    pruned += deleted;
    if (deleted < size) return pruned;
  }
}
