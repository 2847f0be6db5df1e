import { randomSecret, sha256Hex } from './token-hash';

/**
 * How long a consent lasts unless the resident revokes it sooner: long enough that a
 * resident does not re-link their app every week, short enough that a forgotten one
 * lapses. A partner asks the resident again after that.
 */
export const CONSENT_LIFETIME_SECONDS = 180 * 24 * 60 * 60;

const CONSENT_TOKEN = /^cgc_[A-Za-z0-9_-]{43}$/;

/** A new consent token (`cgc_` and 43 base64url characters) and the hash that is stored. */
export function newConsentToken() {
  const token = `cgc_${randomSecret()}`;
  return { token, hash: sha256Hex(token) };
}

/** The stored hash of a consent token as sent, or null when it cannot be one of ours. */
export function consentTokenHash(token: string): string | null {
  return CONSENT_TOKEN.test(token) ? sha256Hex(token) : null;
}
