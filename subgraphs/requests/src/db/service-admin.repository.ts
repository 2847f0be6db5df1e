import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { CheckedAttribute } from '../catalog/service-input';
import type { RequestsDatabase } from './database';
import type { ServiceTable } from './service.table';

export function lockedService(trx: Kysely<RequestsDatabase>, id: string) {
  return trx.selectFrom('services').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function serviceCodeTaken(trx: Kysely<RequestsDatabase>, code: string) {
  return trx.selectFrom('services').select('id').where('code', '=', code).executeTakeFirst();
}

export function insertService(trx: Kysely<RequestsDatabase>, row: Insertable<ServiceTable>) {
  return trx.insertInto('services').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateService(
  trx: Kysely<RequestsDatabase>,
  id: string,
  set: Updateable<ServiceTable>,
) {
  return (
    trx
      .updateTable('services')
      // Every edit and retirement moves Open311 discovery's changeset.
      .set({ ...set, changedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow()
  );
}

/** A service's attributes replaced as a whole: the admin edits the definition, not rows. */
export async function replaceAttributes(
  trx: Kysely<RequestsDatabase>,
  serviceId: string,
  attributes: readonly CheckedAttribute[],
) {
  await trx.deleteFrom('serviceAttributes').where('serviceId', '=', serviceId).execute();
  // The definition changed even when the service's own row did not: the changeset moves.
  await trx
    .updateTable('services')
    .set({ changedAt: sql<Date>`now()` })
    .where('id', '=', serviceId)
    .execute();
  if (attributes.length === 0) return;
  await trx
    .insertInto('serviceAttributes')
    .values(
      attributes.map((a) => ({
        serviceId,
        code: a.code,
        datatype: a.datatype,
        required: a.required,
        variable: a.variable,
        order: a.order,
        descriptionEn: a.description.en,
        descriptionEs: a.description.es,
        // A JS array would be sent as a Postgres array; jsonb wants its text.
        values: JSON.stringify(a.values) as never,
      })),
    )
    .execute();
}

export async function replaceResolutionCodes(
  trx: Kysely<RequestsDatabase>,
  serviceId: string,
  codes: ReadonlyArray<{ code: string; name: { en: string; es: string } }>,
) {
  await trx.deleteFrom('resolutionCodes').where('serviceId', '=', serviceId).execute();
  await trx
    .insertInto('resolutionCodes')
    .values(codes.map((c) => ({ serviceId, code: c.code, nameEn: c.name.en, nameEs: c.name.es })))
    .execute();
}
