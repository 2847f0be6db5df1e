import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';

/** The token was well signed but its time is up. */
export class JwtExpired extends Error {}
/** Anything else wrong with a token: its shape, signature, issuer or audience. */
export class JwtInvalid extends Error {}

/** The one header these tokens carry, encoded once (the same bytes jose writes for it). */
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

const keys = new Map<string, KeyObject>();
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return key;
}

function signature(input: string, secret: string): string {
  return createHmac('sha256', keyOf(secret)).update(input).digest('base64url');
}

/**
 * An HS256 JWT of `claims`, signed synchronously with node:crypto. jose signs through
 * WebCrypto, whose every call is an asynchronous job: under load that hand-off cost the
 * gateway (which signs every subgraph call) about a tenth of its CPU. The token is an
 * ordinary JWT: jose and any other library verify it.
 */
export function signHs256Jwt(claims: Record<string, unknown>, secret: string): string {
  const input = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${input}.${signature(input, secret)}`;
}

export interface Hs256Expectations {
  issuer: string;
  audience: string;
  /** Seconds of clock difference forgiven on `exp` and `nbf`. */
  clockTolerance: number;
}

function decodeJson(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * The claims of an HS256 JWT once its signature (compared in constant time, as the
 * exact base64url text a signer writes), header, issuer, audience and expiry check out,
 * as jose's `jwtVerify` checks them; throws `JwtExpired` or `JwtInvalid` otherwise.
 * Synchronous, for the reason `signHs256Jwt` gives; `exp` is required.
 */
export function verifyHs256Jwt(
  token: string,
  secret: string,
  expected: Hs256Expectations,
): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length !== 3) throw new JwtInvalid('not a JWS in compact form');
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const wanted = Buffer.from(signature(`${headerPart}.${payloadPart}`, secret));
  const given = Buffer.from(signaturePart);
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
    throw new JwtInvalid('signature verification failed');
  }
  const header = decodeJson(headerPart);
  // `crit` names extensions this verifier does not know: refused, as jose refuses them.
  if (header?.alg !== 'HS256' || 'crit' in header || header.b64 === false) {
    throw new JwtInvalid('unexpected header');
  }
  const claims = decodeJson(payloadPart);
  if (!claims) throw new JwtInvalid('the payload is not a JSON object');
  if (claims.iss !== expected.issuer) throw new JwtInvalid('unexpected issuer');
  const audience = claims.aud;
  const audienceMatches = Array.isArray(audience)
    ? audience.includes(expected.audience)
    : audience === expected.audience;
  if (!audienceMatches) throw new JwtInvalid('unexpected audience');
  const now = Math.floor(Date.now() / 1000);
  if (typeof claims.exp !== 'number') throw new JwtInvalid('no expiry');
  if (claims.exp <= now - expected.clockTolerance) throw new JwtExpired('expired');
  if (claims.nbf !== undefined) {
    if (typeof claims.nbf !== 'number' || claims.nbf > now + expected.clockTolerance) {
      throw new JwtInvalid('not yet valid');
    }
  }
  if (claims.iat !== undefined && typeof claims.iat !== 'number') throw new JwtInvalid('bad iat');
  return claims;
}
