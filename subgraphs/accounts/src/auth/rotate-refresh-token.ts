import type { Kysely } from 'kysely';
import type { AccountsDatabase } from '../db/database';
import {
  insertRefreshToken,
  refreshTokenOfOtherHolder,
  retireRefreshToken,
  revokeSessions,
  sessionOfRefreshToken,
} from '../db/session.repository';
import { newRefreshToken, refreshTokenHash } from './refresh-token';
import { sessionEnded } from './sign-in-errors';

/**
 * Exchanges a current refresh token for the next one of its session, staff's or a
 * resident's alike; the one presented is retired. Presenting a retired token again
 * means someone else holds the session's tokens (a copy was stolen, and one side
 * already used it): the whole session is revoked, so that the thief's copy dies too.
 * Another holder kind's token is none of this exchange's business: it is left as it is
 * (retiring it here would later look like reuse and end that session).
 */
export async function rotateRefreshToken<Session>(
  db: Kysely<AccountsDatabase>,
  refreshToken: string,
  holder: 'staff' | 'resident',
  liveSessionOf: (db: Kysely<AccountsDatabase>, sessionId: string) => Promise<Session | undefined>,
): Promise<{ session: Session; refreshToken: string }> {
  const hash = refreshTokenHash(refreshToken);
  if (!hash) throw sessionEnded();
  if (await refreshTokenOfOtherHolder(db, hash, holder)) throw sessionEnded();
  const next = newRefreshToken();
  const session = await db.transaction().execute(async (trx) => {
    const sessionId = await retireRefreshToken(trx, hash);
    if (!sessionId) {
      const reused = await sessionOfRefreshToken(trx, hash);
      if (reused) await revokeSessions(trx, { sessionId: reused }, 'REFRESH_TOKEN_REUSED');
      return null;
    }
    const live = await liveSessionOf(trx, sessionId);
    if (live) await insertRefreshToken(trx, sessionId, next.hash);
    return live ?? null;
  });
  if (!session) throw sessionEnded();
  return { session, refreshToken: next.token };
}
