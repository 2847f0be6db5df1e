import {
  type AccessSecrets,
  badUserInput,
  type SessionCaller,
  signAccessToken,
} from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import type { AccountsDatabase } from '../db/database';
import {
  insertRefreshToken,
  insertSession,
  liveSession,
  revokeSessions,
  sessionOfRefreshToken,
} from '../db/session.repository';
import { clearFailures, recordFailure, secondsLocked } from '../db/sign-in-throttle.repository';
import { staffByEmail } from '../db/staff.repository';
import type { StaffRole } from '../db/staff.table';
import { LOCKOUT, normaliseEmail } from './lockout';
import { MAX_PASSWORD_LENGTH, passwordMatches } from './password';
import { newRefreshToken, refreshTokenHash, SESSION_LIFETIME_SECONDS } from './refresh-token';
import { rotateRefreshToken } from './rotate-refresh-token';
import { badCredentials, signInLocked } from './sign-in-errors';
import { sweepSignInRecordsWhenDue } from './sweep';

type Db = Kysely<AccountsDatabase>;

/** What a sign-in or a refresh hands the client. */
export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  staffId: string;
}

/** RFC 5321's longest address; anything longer was never anyone's email. */
const MAX_EMAIL_LENGTH = 254;

async function issue(
  secrets: AccessSecrets,
  session: { id: string; expiresAt: Date; staffId: string; role: StaffRole },
  refreshToken: string,
): Promise<IssuedSession> {
  const caller: SessionCaller = {
    kind: 'staff',
    id: session.staffId,
    roles: [session.role],
    sessionId: session.id,
  };
  const access = await signAccessToken(caller, secrets.accessToken);
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken,
    refreshTokenExpiresAt: session.expiresAt,
    staffId: session.staffId,
  };
}

/**
 * Signs a staff member in with their email and password. Every failure, whatever
 * its cause, is the same error after the same work (one argon2 verification, none
 * once the email is locked), and counts towards locking that email.
 */
export async function signIn(
  db: Db,
  secrets: AccessSecrets,
  email: string,
  password: string,
): Promise<IssuedSession> {
  if (email.length > MAX_EMAIL_LENGTH) {
    throw badUserInput(`email must be at most ${MAX_EMAIL_LENGTH} characters`, {
      argument: 'input.email',
    });
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw badUserInput(`password must be at most ${MAX_PASSWORD_LENGTH} characters`, {
      argument: 'input.password',
    });
  }
  await sweepSignInRecordsWhenDue(db);
  const key = normaliseEmail(email);
  const locked = await secondsLocked(db, key);
  if (locked !== null) throw signInLocked(locked);

  // The attempt counts as a failure before the password is checked (and is forgotten
  // if it matches): parallel guesses would otherwise all pass the check above before
  // any was counted. Only the first maxFailures attempts of a window are checked.
  const attempt = await recordFailure(db, key, LOCKOUT);
  if (attempt.failures > LOCKOUT.maxFailures) throw signInLocked(attempt.lockedSeconds ?? 1);

  const staff = await staffByEmail(db, key);
  const matches = await passwordMatches(staff?.passwordHash ?? null, password);
  if (!staff || !matches || !staff.active) {
    throw attempt.lockedSeconds === null ? badCredentials() : signInLocked(attempt.lockedSeconds);
  }

  await clearFailures(db, key);
  const refresh = newRefreshToken();
  const session = await db.transaction().execute(async (trx) => {
    const opened = await insertSession(trx, staff.id, SESSION_LIFETIME_SECONDS);
    await insertRefreshToken(trx, opened.id, refresh.hash);
    return opened;
  });
  return issue(secrets, { ...session, staffId: staff.id, role: staff.role }, refresh.token);
}

/** Exchanges a current refresh token for a new pair (rotate-refresh-token.ts). */
export async function refreshSession(
  db: Db,
  secrets: AccessSecrets,
  refreshToken: string,
): Promise<IssuedSession> {
  const next = await rotateRefreshToken(db, refreshToken, 'staff', liveSession);
  return issue(secrets, next.session, next.refreshToken);
}

/**
 * Ends the session a refresh token belongs to (current or already exchanged). The
 * session's id, or null when the token is none of ours: signing out twice is fine.
 */
export async function signOut(db: Db, refreshToken: string): Promise<string | null> {
  const hash = refreshTokenHash(refreshToken);
  const sessionId = hash ? await sessionOfRefreshToken(db, hash) : undefined;
  if (!sessionId) return null;
  await revokeSessions(db, { sessionId }, 'LOGOUT');
  return sessionId;
}
