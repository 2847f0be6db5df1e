import type { Kysely, Transaction } from 'kysely';
import type { DatasetsDatabase } from '../db/database';

/** The last outbox event id a publisher applied; '0' before its first. */
export async function readPosition(db: Kysely<DatasetsDatabase>, publisher: string) {
  const row = await db
    .selectFrom('publisherPositions')
    .select('lastEventId')
    .where('publisher', '=', publisher)
    .executeTakeFirst();
  return row ? String(row.lastEventId) : '0';
}

/**
 * Moves the publisher's position, in the transaction that applied the events, and
 * only from where this publisher read it: a second instance that applied the same
 * events first makes this one roll back instead of applying them twice.
 */
export async function advancePosition(
  trx: Transaction<DatasetsDatabase>,
  publisher: string,
  from: string,
  to: string,
) {
  if (from === '0') {
    const inserted = await trx
      .insertInto('publisherPositions')
      .values({ publisher, lastEventId: to })
      .onConflict((c) => c.column('publisher').doNothing())
      .executeTakeFirst();
    if (inserted.numInsertedOrUpdatedRows === 1n) return true;
  }
  const updated = await trx
    .updateTable('publisherPositions')
    .set({ lastEventId: to, updatedAt: new Date() })
    .where('publisher', '=', publisher)
    .where('lastEventId', '=', from)
    .executeTakeFirst();
  return updated.numUpdatedRows === 1n;
}
