import { createHash } from 'node:crypto';
import {
  ANONYMOUS,
  type Caller,
  isPartnerScope,
  isStaffRole,
  type PartnerScope,
  type StaffRole,
} from './caller';
import { JwtExpired, signHs256Jwt, verifyHs256Jwt } from './hs256-jwt';

/** The header in which the gateway sends each subgraph the caller it verified. */
export const CALLER_HEADER = 'x-civicgraph-caller';

/** Long enough for a slow subgraph call, short enough that a leaked header soon dies. */
const CALLER_TOKEN_TTL_SECONDS = 30;
const ISSUER = 'civicgraph-gateway';

/**
 * What a signature binds a caller to: one subgraph request, by method, path and
 * exact body, so that a captured header cannot carry another query. A body is text
 * (GraphQL, hashed as UTF-8) or bytes (an uploaded photo); the same bytes digest the
 * same either way.
 */
export function requestDigest(
  method: string,
  path: string,
  body: string | Uint8Array | typeof STREAMED_BODY,
): string {
  const hash = createHash('sha256');
  // A path never holds a raw space, so no buffered request digests the same as this.
  if (body === STREAMED_BODY)
    return hash.update(`${method.toUpperCase()} ${path} (streamed)\n`).digest('base64url');
  return hash.update(`${method.toUpperCase()} ${path}\n`).update(body).digest('base64url');
}

/**
 * A body relayed as it arrives (a CSV upload of 100 MB), which the gateway cannot
 * digest before it sends the headers: the header binds the method and path, and the
 * body's bytes are bound by a trailer the receiver checks before it keeps anything
 * (streamed-body.ts).
 */
export const STREAMED_BODY = Symbol('streamed body');

export interface SignedRequest {
  /** The subgraph's name: a header signed for one subgraph is refused by another. */
  audience: string;
  method: string;
  /** Path and query string, e.g. `/graphql`. */
  path: string;
  /** Exactly as sent: text, or the raw bytes of a binary body; STREAMED_BODY when relayed. */
  body: string | Uint8Array | typeof STREAMED_BODY;
}

/** Signs `caller` for one subgraph request (HS256 JWT, 30 seconds; see hs256-jwt.ts). */
export async function signCaller(caller: Caller, request: SignedRequest, secret: string) {
  const now = Math.floor(Date.now() / 1000);
  return signHs256Jwt(
    {
      caller,
      rd: requestDigest(request.method, request.path, request.body),
      iss: ISSUER,
      aud: request.audience,
      iat: now,
      exp: now + CALLER_TOKEN_TTL_SECONDS,
    },
    secret,
  );
}

/** Why a subgraph refused a request's caller header; the message is safe to return. */
export class CallerRefused extends Error {}

/**
 * The caller a header carries, once its signature, audience, expiry and request digest
 * all check out; otherwise a `CallerRefused` saying which check failed.
 */
export async function verifyCaller(
  header: string | undefined,
  request: SignedRequest,
  secret: string,
): Promise<Caller> {
  if (!header) throw new CallerRefused('This service answers only requests signed by the gateway');
  let payload: Record<string, unknown>;
  try {
    payload = verifyHs256Jwt(header, secret, {
      issuer: ISSUER,
      audience: request.audience,
      clockTolerance: 5,
    });
  } catch (error) {
    if (error instanceof JwtExpired) throw new CallerRefused('The signature has expired');
    throw new CallerRefused('The signature is not valid');
  }
  if (payload.rd !== requestDigest(request.method, request.path, request.body)) {
    throw new CallerRefused('The signature was made for another request');
  }
  const caller = parseCaller(payload.caller);
  if (!caller) throw new CallerRefused('The signed caller is malformed');
  return caller;
}

function stringList<T extends string>(value: unknown, is: (v: unknown) => v is T): T[] | null {
  return Array.isArray(value) && value.every(is) ? value : null;
}

const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** A caller from untrusted JSON, or null when it is not one. */
export function parseCaller(value: unknown): Caller | null {
  if (typeof value !== 'object' || value === null) return null;
  const c = value as Record<string, unknown>;
  switch (c.kind) {
    case 'anonymous':
      return ANONYMOUS;
    case 'staff': {
      const roles = stringList<StaffRole>(c.roles, isStaffRole);
      if (!isString(c.id) || !roles) return null;
      return {
        kind: 'staff',
        id: c.id,
        roles,
        ...(isString(c.sessionId) ? { sessionId: c.sessionId } : {}),
      };
    }
    case 'partner': {
      const scopes = stringList<PartnerScope>(c.scopes, isPartnerScope);
      if (!isString(c.id) || !scopes) return null;
      return { kind: 'partner', id: c.id, scopes };
    }
    case 'resident':
      if (!isString(c.id)) return null;
      return {
        kind: 'resident',
        id: c.id,
        ...(isString(c.actingPartnerId) ? { actingPartnerId: c.actingPartnerId } : {}),
      };
    case 'service':
      return c.id === 'gateway' ? { kind: 'service', id: 'gateway' } : null;
    default:
      return null;
  }
}
