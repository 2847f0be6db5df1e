import type { Kysely } from 'kysely';
import type { RequestsDatabase } from '../src/db/database';

const TABLES = ['serviceRequests', 'workOrders', 'changeLog', 'outboxEvents', 'notes'] as const;

/** Rows in every table a write touches: a refused write must leave them all unchanged. */
export async function writtenRows(db: Kysely<RequestsDatabase>) {
  const counts = {} as Record<(typeof TABLES)[number], number>;
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
