import { createHmac } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { JwtExpired, JwtInvalid, signHs256Jwt, verifyHs256Jwt } from '../src/access/hs256-jwt';

const SECRET = 'a-secret-for-hs256-tests-0123456789abcdef';
const EXPECTED = { issuer: 'issuer', audience: 'requests', clockTolerance: 5 };
const now = () => Math.floor(Date.now() / 1000);
const claims = (extra: Record<string, unknown> = {}) => ({
  iss: 'issuer',
  aud: 'requests',
  iat: now(),
  exp: now() + 30,
  caller: { kind: 'anonymous' },
  ...extra,
});
const key = new TextEncoder().encode(SECRET);

/** The refusal verifying `token` gives: its class name, or 'accepted'. */
function refusal(token: string, secret = SECRET) {
  try {
    verifyHs256Jwt(token, secret, EXPECTED);
    return 'accepted';
  } catch (error) {
    if (error instanceof JwtExpired) return 'expired';
    if (error instanceof JwtInvalid) return 'invalid';
    throw error;
  }
}

describe('HS256 JWTs signed and verified with node:crypto', () => {
  it('are ordinary JWTs: jose verifies ours, and we verify jose’s', async () => {
    const ours = signHs256Jwt(claims(), SECRET);
    const { payload } = await jwtVerify(ours, key, { issuer: 'issuer', audience: 'requests' });
    expect(payload.caller).toEqual({ kind: 'anonymous' });

    const theirs = await new SignJWT({ caller: { kind: 'anonymous' } })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer('issuer')
      .setAudience(['other', 'requests'])
      .setIssuedAt()
      .setExpirationTime('30s')
      .sign(key);
    expect(verifyHs256Jwt(theirs, SECRET, EXPECTED).caller).toEqual({ kind: 'anonymous' });
  });

  it('refuse another secret, a changed payload or signature, and malformed tokens', () => {
    const token = signHs256Jwt(claims(), SECRET);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const forged = Buffer.from(JSON.stringify(claims({ caller: { kind: 'service' } }))).toString(
      'base64url',
    );
    expect(refusal(token)).toBe('accepted');
    expect(refusal(token, `${SECRET}x`)).toBe('invalid');
    expect(refusal(`${header}.${forged}.${signature}`)).toBe('invalid');
    expect(refusal(`${header}.${payload}.${signature}x`)).toBe('invalid');
    expect(refusal(`${header}.${payload}.`)).toBe('invalid');
    expect(refusal(`${header}.${payload}`)).toBe('invalid');
    expect(refusal('not a token')).toBe('invalid');
  });

  it('refuse an unsigned (alg none) token and unknown critical extensions', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const payload = encode(claims());
    expect(refusal(`${encode({ alg: 'none' })}.${payload}.`)).toBe('invalid');
    // Well signed, but with a header this verifier must not accept.
    for (const header of [{ alg: 'none' }, { alg: 'HS256', crit: ['exp'] }, { alg: 'HS512' }]) {
      const input = `${encode(header)}.${payload}`;
      expect(refusal(`${input}.${signWith(input)}`)).toBe('invalid');
    }
  });

  it('refuse another issuer or audience, a token without expiry, and say when one expired', () => {
    expect(refusal(signHs256Jwt(claims({ iss: 'someone else' }), SECRET))).toBe('invalid');
    expect(refusal(signHs256Jwt(claims({ aud: 'assets' }), SECRET))).toBe('invalid');
    expect(refusal(signHs256Jwt(claims({ exp: undefined }), SECRET))).toBe('invalid');
    expect(refusal(signHs256Jwt(claims({ nbf: now() + 600 }), SECRET))).toBe('invalid');
    expect(refusal(signHs256Jwt(claims({ exp: now() - 60 }), SECRET))).toBe('expired');
    // Within the clock tolerance, a token just past its expiry still passes.
    expect(refusal(signHs256Jwt(claims({ exp: now() - 1 }), SECRET))).toBe('accepted');
  });
});

/** An HMAC-SHA256 signature with the test secret, over any header the test writes. */
function signWith(input: string) {
  return createHmac('sha256', SECRET).update(input).digest('base64url');
}
