import type { Kysely } from 'kysely';
import type { RequestsDatabase } from './database';

/**
 * The services that take requests (neither retired nor switched off), each with
 * whether it has attributes (Open311's `metadata`), by group, name and code: the order
 * of the graph's `services`, the code settling ties so that the list never reorders.
 */
export function servicesTakingRequests(db: Kysely<RequestsDatabase>) {
  return db
    .selectFrom('services')
    .selectAll('services')
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('serviceAttributes')
            .select('serviceAttributes.code')
            .whereRef('serviceAttributes.serviceId', '=', 'services.id'),
        )
        .as('hasAttributes'),
    )
    .where('active', '=', true)
    .where('retiredAt', 'is', null)
    .orderBy('groupEn')
    .orderBy('nameEn')
    .orderBy('code')
    .execute();
}

/**
 * When the catalog last changed, as far as its rows tell: the newest service added or
 * retired (null: an empty catalog). Edits leave no time on a row, so they do not move it.
 */
export async function catalogChangedAt(db: Kysely<RequestsDatabase>): Promise<Date | null> {
  const row = await db
    .selectFrom('services')
    .select((eb) => [eb.fn.max('createdAt').as('created'), eb.fn.max('retiredAt').as('retired')])
    .executeTakeFirst();
  const times = [row?.created, row?.retired].filter((t): t is Date => t instanceof Date);
  return times.length === 0 ? null : new Date(Math.max(...times.map((t) => t.getTime())));
}
