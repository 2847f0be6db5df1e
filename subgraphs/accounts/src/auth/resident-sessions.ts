import {
  type AccessSecrets,
  badUserInput,
  type ResidentSessionCaller,
  signResidentAccessToken,
} from '@civicgraph/platform';
import { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';
import type { AccountsDatabase } from '../db/database';
import { insertResident, residentByEmail } from '../db/resident.repository';
import type { PreferredLanguage } from '../db/resident.table';
import { insertRefreshToken, insertSession, liveResidentSession } from '../db/session.repository';
import { clearFailures, recordFailure, secondsLocked } from '../db/sign-in-throttle.repository';
import { LOCKOUT, normaliseEmail } from './lockout';
import { hashNewPassword, MAX_PASSWORD_LENGTH, passwordMatches } from './password';
import { newRefreshToken, SESSION_LIFETIME_SECONDS } from './refresh-token';
import { rotateRefreshToken } from './rotate-refresh-token';
import { badCredentials, signInLocked } from './sign-in-errors';
import { sweepSignInRecordsWhenDue } from './sweep';

type Db = Kysely<AccountsDatabase>;

/** What a resident's sign-up, sign-in or refresh hands the client. */
export interface IssuedResidentSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  residentId: string;
}

const MAX_EMAIL_LENGTH = 254;
/** Enough to reject what is plainly not an address; the mailbox proves the rest. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_NAME_LENGTH = 200;

/**
 * Failures are counted under `resident:<email>`, apart from staff's: a resident who
 * shares an address with a staff member (or someone guessing one) does not lock the
 * other out. Same policy as staff.
 */
const throttleKey = (email: string) => `resident:${email}`;

async function issue(
  secrets: AccessSecrets,
  session: { id: string; expiresAt: Date; residentId: string },
  refreshToken: string,
): Promise<IssuedResidentSession> {
  const caller: ResidentSessionCaller = {
    kind: 'resident',
    id: session.residentId,
    sessionId: session.id,
  };
  const access = await signResidentAccessToken(caller, secrets.accessToken);
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken,
    refreshTokenExpiresAt: session.expiresAt,
    residentId: session.residentId,
  };
}

async function openSession(db: Db, secrets: AccessSecrets, residentId: string) {
  const refresh = newRefreshToken();
  const session = await db.transaction().execute(async (trx) => {
    const opened = await insertSession(trx, { residentId }, SESSION_LIFETIME_SECONDS);
    await insertRefreshToken(trx, opened.id, refresh.hash);
    return opened;
  });
  return issue(secrets, { ...session, residentId }, refresh.token);
}

function checkLengths(email: string, password: string) {
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
}

export interface ResidentSignUp {
  email: string;
  password: string;
  fullName: string;
  preferredLanguage?: PreferredLanguage | null;
}

/**
 * Creates a resident's account and signs them in. A taken email is a CONFLICT:
 * sign-up cannot hide which addresses have accounts the way sign-in does (the
 * person must be told to sign in instead); the gateway's per-address limit keeps
 * that from being a fast oracle.
 */
export async function signUpResident(
  db: Db,
  secrets: AccessSecrets,
  input: ResidentSignUp,
): Promise<IssuedResidentSession> {
  checkLengths(input.email, input.password);
  const email = normaliseEmail(input.email);
  if (!EMAIL_SHAPE.test(email)) {
    throw badUserInput('email is not an email address', { argument: 'input.email' });
  }
  const fullName = input.fullName.trim();
  if (fullName.length === 0 || fullName.length > MAX_NAME_LENGTH) {
    throw badUserInput(`fullName must be 1 to ${MAX_NAME_LENGTH} characters`, {
      argument: 'input.fullName',
    });
  }
  const passwordHash = await hashNewPassword(input.password, 'input.password');
  const resident = await insertResident(db, {
    email,
    fullName,
    passwordHash,
    ...(input.preferredLanguage ? { preferredLanguage: input.preferredLanguage } : {}),
  });
  if (!resident) {
    throw new GraphQLError('An account with this email already exists; sign in instead', {
      extensions: { code: 'CONFLICT', argument: 'input.email' },
    });
  }
  return openSession(db, secrets, resident.id);
}

/**
 * Signs a resident in with email and password: the staff sign-in's protections (one
 * argon2 verification whatever the cause of failure, one error for all of them, the
 * attempt counted before the check, 5 failures in 15 minutes lock the address).
 */
export async function signInResident(
  db: Db,
  secrets: AccessSecrets,
  email: string,
  password: string,
): Promise<IssuedResidentSession> {
  checkLengths(email, password);
  await sweepSignInRecordsWhenDue(db);
  const normalised = normaliseEmail(email);
  const key = throttleKey(normalised);
  const locked = await secondsLocked(db, key);
  if (locked !== null) throw signInLocked(locked);

  const attempt = await recordFailure(db, key, LOCKOUT);
  if (attempt.failures > LOCKOUT.maxFailures) throw signInLocked(attempt.lockedSeconds ?? 1);

  const resident = await residentByEmail(db, normalised);
  const matches = await passwordMatches(resident?.passwordHash ?? null, password);
  if (!resident || !matches || !resident.active) {
    throw attempt.lockedSeconds === null ? badCredentials() : signInLocked(attempt.lockedSeconds);
  }
  await clearFailures(db, key);
  return openSession(db, secrets, resident.id);
}

/** Exchanges a current refresh token for a new pair (rotate-refresh-token.ts). */
export async function refreshResidentSession(
  db: Db,
  secrets: AccessSecrets,
  refreshToken: string,
): Promise<IssuedResidentSession> {
  const next = await rotateRefreshToken(db, refreshToken, 'resident', liveResidentSession);
  return issue(secrets, next.session, next.refreshToken);
}
