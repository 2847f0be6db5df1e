import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { type Caller, isStaffRole } from './caller';
import { hmacKey } from './hmac-key';

/**
 * How long a staff access token lives. Short, because the gateway trusts it without
 * asking accounts: a stolen one, or the roles it carries after an admin changed them,
 * outlive a sign-out by at most this long. The refresh token gets the next one.
 */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

const ISSUER = 'civicgraph-accounts';
const AUDIENCE = 'civicgraph';

/** A signed-in staff member, as their access token carries them: the caller it makes. */
export type SessionCaller = Extract<Caller, { kind: 'staff' }> & { sessionId: string };

/** A signed-in resident, as their access token carries them (`kind: 'resident'` claim). */
export interface ResidentSessionCaller {
  kind: 'resident';
  id: string;
  sessionId: string;
}

export interface SignedAccessToken {
  token: string;
  expiresAt: Date;
}

/**
 * Signs a staff access token (HS256 JWT: issuer civicgraph-accounts, audience
 * civicgraph, `sub` staff id, `sid` session id, `roles`, 15 minutes). `now` is for
 * tests that need a token issued in the past.
 */
export function signAccessToken(
  caller: SessionCaller,
  secret: string,
  now: Date = new Date(),
): Promise<SignedAccessToken> {
  return signSessionToken(caller.id, { sid: caller.sessionId, roles: caller.roles }, secret, now);
}

/**
 * Signs a resident's access token: the same JWT as staff's (issuer, audience, `sub`
 * resident id, `sid` session id, 15 minutes) with `kind: 'resident'` and no roles, so
 * one can never pass for the other.
 */
export function signResidentAccessToken(
  caller: ResidentSessionCaller,
  secret: string,
  now: Date = new Date(),
): Promise<SignedAccessToken> {
  return signSessionToken(caller.id, { sid: caller.sessionId, kind: 'resident' }, secret, now);
}

/** The one JWT both kinds of session carry; only their claims differ. */
async function signSessionToken(
  subject: string,
  claims: Record<string, unknown>,
  secret: string,
  now: Date,
): Promise<SignedAccessToken> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = issuedAt + ACCESS_TOKEN_TTL_SECONDS;
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(subject)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(await hmacKey(secret));
  return { token, expiresAt: new Date(expiresAt * 1000) };
}

/** Why an access token was refused; the message is safe to return to the client. */
export class AccessTokenRefused extends Error {
  constructor(
    message: string,
    /** `EXPIRED` tells a client to refresh; `INVALID` that refreshing will not help. */
    readonly reason: 'EXPIRED' | 'INVALID',
  ) {
    super(message);
  }
}

/**
 * The staff caller a token was issued to, once its signature, issuer, audience,
 * expiry and claims check out; otherwise an `AccessTokenRefused`. It does not say
 * whether the session is still open: the gateway asks accounts for that.
 */
export async function verifyAccessToken(token: string, secret: string): Promise<SessionCaller> {
  const caller = await verifySessionToken(token, secret);
  if (caller.kind !== 'staff') {
    throw new AccessTokenRefused('The access token is not valid', 'INVALID');
  }
  return caller;
}

/**
 * The staff member or resident an access token was issued to (see `verifyAccessToken`);
 * the gateway accepts both on `Authorization: Bearer`.
 */
export async function verifySessionToken(
  token: string,
  secret: string,
): Promise<SessionCaller | ResidentSessionCaller> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, await hmacKey(secret), {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      requiredClaims: ['sub', 'exp'],
      clockTolerance: 5,
    }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) {
      throw new AccessTokenRefused('The access token has expired', 'EXPIRED');
    }
    throw new AccessTokenRefused('The access token is not valid', 'INVALID');
  }
  const { sub, sid, roles, kind } = payload;
  if (kind === 'resident') {
    if (typeof sub !== 'string' || typeof sid !== 'string' || roles !== undefined) {
      throw new AccessTokenRefused('The access token is not valid', 'INVALID');
    }
    return { kind: 'resident', id: sub, sessionId: sid };
  }
  if (
    kind !== undefined ||
    typeof sub !== 'string' ||
    typeof sid !== 'string' ||
    !Array.isArray(roles) ||
    roles.length === 0 ||
    !roles.every(isStaffRole)
  ) {
    throw new AccessTokenRefused('The access token is not valid', 'INVALID');
  }
  return { kind: 'staff', id: sub, roles, sessionId: sid };
}
