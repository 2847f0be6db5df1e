import { type Kysely, sql } from 'kysely';
import type { RequestsDatabase } from './database';

/**
 * The service a new request names, by code or id, locked against a concurrent retire
 * (FOR SHARE: intakes of one service do not wait for each other).
 */
export function serviceForIntake(
  trx: Kysely<RequestsDatabase>,
  by: { code: string } | { id: string },
) {
  const query = trx.selectFrom('services').selectAll().forShare();
  return (
    'code' in by ? query.where('code', '=', by.code) : query.where('id', '=', by.id)
  ).executeTakeFirst();
}

/** A service's Open311 attributes, in the order they are asked. */
export function attributesOfService(db: Kysely<RequestsDatabase>, serviceId: string) {
  return db
    .selectFrom('serviceAttributes')
    .selectAll()
    .where('serviceId', '=', serviceId)
    .orderBy('order')
    .orderBy('code')
    .execute();
}

/** The attributes of many services at once (for `Service.attributes`, batched). */
export function attributesByServiceIds(db: Kysely<RequestsDatabase>, ids: readonly string[]) {
  return db
    .selectFrom('serviceAttributes')
    .selectAll()
    .where('serviceId', 'in', ids)
    .orderBy('serviceId')
    .orderBy('order')
    .orderBy('code')
    .execute();
}

/** The resolution codes of many services at once, by code. */
export function resolutionCodesByServiceIds(db: Kysely<RequestsDatabase>, ids: readonly string[]) {
  return (
    db
      .selectFrom('resolutionCodes')
      .selectAll()
      .where('serviceId', 'in', ids)
      .orderBy('serviceId')
      // Byte order, the same on every server whatever its collation.
      .orderBy(sql`code collate "C"`)
      .execute()
  );
}
