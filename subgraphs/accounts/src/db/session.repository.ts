import { type Kysely, sql } from 'kysely';
import type { AccountsDatabase } from './database';
import type { SessionRevokedReason } from './session.table';

type Db = Kysely<AccountsDatabase>;

/** Who a session signs in: a staff member or a resident. */
export type SessionHolder = { staffId: string } | { residentId: string };

/** Opens a session that ends `lifetimeSeconds` from now (the database's clock). */
export function insertSession(db: Db, holder: string | SessionHolder, lifetimeSeconds: number) {
  const who = typeof holder === 'string' ? { staffId: holder } : holder;
  return db
    .insertInto('sessions')
    .values({
      staffId: 'staffId' in who ? who.staffId : null,
      residentId: 'residentId' in who ? who.residentId : null,
      expiresAt: sql<Date>`now() + make_interval(secs => ${lifetimeSeconds})`,
      revokedAt: null,
      revokedReason: null,
    })
    .returning(['id', 'expiresAt'])
    .executeTakeFirstOrThrow();
}

export function insertRefreshToken(db: Db, sessionId: string, tokenHash: string) {
  return db.insertInto('refreshTokens').values({ sessionId, tokenHash, retiredAt: null }).execute();
}

/**
 * Retires a refresh token that was still current, in one statement so that two
 * requests racing with the same token cannot both exchange it. Its session id, or
 * undefined when no current token has that hash.
 */
export async function retireRefreshToken(db: Db, tokenHash: string) {
  const row = await db
    .updateTable('refreshTokens')
    .set({ retiredAt: sql<Date>`now()` })
    .where('tokenHash', '=', tokenHash)
    .where('retiredAt', 'is', null)
    .returning('sessionId')
    .executeTakeFirst();
  return row?.sessionId;
}

/**
 * Whether a refresh token (current or retired) belongs to a session of the other kind
 * of holder: a staff exchange must not retire a resident's token, nor the reverse.
 */
export async function refreshTokenOfOtherHolder(
  db: Db,
  tokenHash: string,
  holder: 'staff' | 'resident',
) {
  const row = await db
    .selectFrom('refreshTokens')
    .innerJoin('sessions', 'sessions.id', 'refreshTokens.sessionId')
    .select(['sessions.staffId', 'sessions.residentId'])
    .where('refreshTokens.tokenHash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return false;
  return holder === 'staff' ? row.staffId === null : row.residentId === null;
}

/** The session a token belongs to, current or retired. */
export async function sessionOfRefreshToken(db: Db, tokenHash: string) {
  const row = await db
    .selectFrom('refreshTokens')
    .select('sessionId')
    .where('tokenHash', '=', tokenHash)
    .executeTakeFirst();
  return row?.sessionId;
}

/**
 * A session that still signs its staff member in: not revoked, not expired, and its
 * staff member active. With the staff member's current role.
 */
export function liveSession(db: Db, sessionId: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('staff', 'staff.id', 'sessions.staffId')
    .select(['sessions.id', 'sessions.expiresAt', 'sessions.staffId', 'staff.role'])
    .where('sessions.id', '=', sessionId)
    .where('sessions.revokedAt', 'is', null)
    .where('sessions.expiresAt', '>', sql<Date>`now()`)
    .where('staff.active', '=', true)
    .$narrowType<{ staffId: string }>()
    .executeTakeFirst();
}

/** A session that still signs its resident in: not revoked, not expired, resident active. */
export function liveResidentSession(db: Db, sessionId: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('residents', 'residents.id', 'sessions.residentId')
    .select(['sessions.id', 'sessions.expiresAt', 'sessions.residentId'])
    .where('sessions.id', '=', sessionId)
    .where('sessions.revokedAt', 'is', null)
    .where('sessions.expiresAt', '>', sql<Date>`now()`)
    .where('residents.active', '=', true)
    .$narrowType<{ residentId: string }>()
    .executeTakeFirst();
}

/**
 * Ends one session, or every open session of a staff member. A session already
 * ended keeps its first reason.
 */
export function revokeSessions(
  db: Db,
  which: { sessionId: string } | { staffId: string },
  reason: SessionRevokedReason,
) {
  return db
    .updateTable('sessions')
    .set({ revokedAt: sql<Date>`now()`, revokedReason: reason })
    .where((eb) =>
      'sessionId' in which ? eb('id', '=', which.sessionId) : eb('staffId', '=', which.staffId),
    )
    .where('revokedAt', 'is', null)
    .execute();
}

/**
 * Deletes up to `batch` sessions that ended (by expiry) more than `keepSeconds` ago,
 * with their refresh tokens (the foreign key cascades). Returns how many it deleted.
 */
export async function deleteSessionsExpiredBefore(db: Db, keepSeconds: number, batch: number) {
  const result = await sql`
    delete from sessions where ctid in (
      select ctid from sessions
      where expires_at < now() - make_interval(secs => ${keepSeconds})
      limit ${batch})`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
