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
 * When the catalog last changed: the newest service added, edited (texts, attributes)
 * or retired (null: an empty catalog).
 */
export async function catalogChangedAt(db: Kysely<RequestsDatabase>): Promise<Date | null> {
  const row = await db
    .selectFrom('services')
    .select((eb) => eb.fn.max('changedAt').as('changedAt'))
    .executeTakeFirst();
  return row?.changedAt ?? null;
}
