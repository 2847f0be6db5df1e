import { type Kysely, sql } from 'kysely';
import type { AccountsDatabase } from './database';

type Db = Kysely<AccountsDatabase>;

export function insertConsent(
  db: Db,
  consent: { residentId: string; apiClientId: string; tokenHash: string; lifetimeSeconds: number },
) {
  return db
    .insertInto('residentConsents')
    .values({
      residentId: consent.residentId,
      apiClientId: consent.apiClientId,
      tokenHash: consent.tokenHash,
      expiresAt: sql<Date>`now() + make_interval(secs => ${consent.lifetimeSeconds})`,
      revokedAt: null,
      lastUsedAt: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A resident's consents, newest first (revoked and expired ones included: their history). */
export function consentsOfResident(db: Db, residentId: string) {
  return db
    .selectFrom('residentConsents')
    .selectAll()
    .where('residentId', '=', residentId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Revokes one of the resident's consents; undefined when it is not theirs. */
export function revokeConsent(db: Db, residentId: string, consentId: string) {
  return db
    .updateTable('residentConsents')
    .set({ revokedAt: sql<Date>`coalesce(revoked_at, now())` })
    .where('id', '=', consentId)
    .where('residentId', '=', residentId)
    .returningAll()
    .executeTakeFirst();
}

/**
 * The resident a consent token lets this partner client act for: the consent is
 * this client's, not revoked, not expired, the resident active and the client not
 * revoked. Records the use.
 */
export async function residentForConsent(db: Db, tokenHash: string, apiClientId: string) {
  const row = await db
    .updateTable('residentConsents')
    .set({ lastUsedAt: sql<Date>`now()` })
    .from('residents')
    .where('residentConsents.tokenHash', '=', tokenHash)
    .where('residentConsents.apiClientId', '=', apiClientId)
    .where('residentConsents.revokedAt', 'is', null)
    .where('residentConsents.expiresAt', '>', sql<Date>`now()`)
    .whereRef('residents.id', '=', 'residentConsents.residentId')
    .where('residents.active', '=', true)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('apiClients')
          .select('apiClients.id')
          .whereRef('apiClients.id', '=', 'residentConsents.apiClientId')
          .where('apiClients.revokedAt', 'is', null),
      ),
    )
    .returning('residentConsents.residentId')
    .executeTakeFirst();
  return row?.residentId;
}
