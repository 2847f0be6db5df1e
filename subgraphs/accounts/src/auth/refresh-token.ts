import { randomSecret, sha256Hex } from './token-hash';

/**
 * How long one sign-in lasts: a working shift. Rotating the refresh token does not
 * extend it, so even a refresh token that is stolen and kept fresh dies with the
 * shift; after that the person signs in again.
 */
export const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;

const REFRESH_TOKEN = /^cgr_[A-Za-z0-9_-]{43}$/;

/** A new refresh token (`cgr_` and 43 base64url characters) and the hash that is stored. */
export function newRefreshToken() {
  const token = `cgr_${randomSecret()}`;
  return { token, hash: sha256Hex(token) };
}

/** The stored hash of a token as a client sent it, or null when it cannot be one of ours. */
export function refreshTokenHash(token: string): string | null {
  return REFRESH_TOKEN.test(token) ? sha256Hex(token) : null;
}
