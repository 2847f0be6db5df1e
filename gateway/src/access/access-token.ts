import { isStaffRole, type StaffRole } from '@civicgraph/platform';
import { errors as joseErrors, jwtVerify } from 'jose';

// Stand-in until platform/src/access/access-token.ts (accounts signs, the gateway
// verifies) lands: the same contract (HS256, issuer civicgraph-accounts, audience
// civicgraph, `sub` staff id, `sid` session id, `roles`), the same names, so that
// switching is changing this file's importers to the platform's.

const ISSUER = 'civicgraph-accounts';
const AUDIENCE = 'civicgraph';
const encoder = new TextEncoder();

/** A signed-in staff member, as their access token carries them. */
export interface StaffIdentity {
  staffId: string;
  sessionId: string;
  roles: StaffRole[];
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
 * The staff member a token was issued to, once its signature, issuer, audience,
 * expiry and claims check out. Whether the session is still open is accounts' to say.
 */
export async function verifyAccessToken(token: string, secret: string): Promise<StaffIdentity> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, encoder.encode(secret), {
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
  const { sub, sid, roles } = payload;
  if (
    typeof sub !== 'string' ||
    typeof sid !== 'string' ||
    !Array.isArray(roles) ||
    roles.length === 0 ||
    !roles.every(isStaffRole)
  ) {
    throw new AccessTokenRefused('The access token is not valid', 'INVALID');
  }
  return { staffId: sub, sessionId: sid, roles };
}
