import { type Kysely, sql, type Transaction } from 'kysely';
import type { OutboxEventTable } from '../db/change-log.table';
import type { RequestsDatabase } from '../db/database';

/** The channel the outbox NOTIFYs on; the payload is the newest event id only. */
export const OUTBOX_CHANNEL = 'requests_outbox';

// Any constant key: the lock exists only to order outbox writers (see appendEvents).
const OUTBOX_LOCK_KEY = 3110001;

export type NewEvent = Omit<OutboxEventTable, 'id' | 'occurredAt'>;

/**
 * Appends a transaction's events to the outbox, as its last statements. Ids are drawn
 * under a transaction-scoped advisory lock that is held until commit, so one writer's
 * events are committed before the next writer draws an id: events become visible in
 * id order, and a reader resuming after id N never misses one that commits later. The
 * lock is taken last so that it is held only for the length of the commit.
 * NOTIFY carries the newest id only (payloads are capped at 8000 bytes): listeners read
 * the rows.
 */
export async function appendEvents(trx: Transaction<RequestsDatabase>, events: NewEvent[]) {
  if (events.length === 0) return;
  await sql`select pg_advisory_xact_lock(${OUTBOX_LOCK_KEY})`.execute(trx);
  const rows = await trx
    .insertInto('outboxEvents')
    .values(
      events.map((event) => ({
        ...event,
        changed: sql<string[]>`${event.changed}::text[]`,
        facts: JSON.stringify(event.facts) as unknown as Record<string, unknown>,
      })),
    )
    .returning('id')
    .execute();
  const newest = rows.reduce((max, row) => (BigInt(row.id) > max ? BigInt(row.id) : max), 0n);
  await sql`select pg_notify(${OUTBOX_CHANNEL}, ${String(newest)})`.execute(trx);
}

/** Events after `afterId`, oldest first: what a listener reads on a NOTIFY or on resume. */
export function eventsAfter(db: Kysely<RequestsDatabase>, afterId: string, limit: number) {
  return db
    .selectFrom('outboxEvents')
    .selectAll()
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}
