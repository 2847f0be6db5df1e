import { createHash, randomBytes } from 'node:crypto';

/**
 * How refresh tokens and API keys are stored. A plain sha256 is enough (no argon2):
 * they are 256 random bits, not something a person chose, so there is nothing to
 * guess from the hash, and a lookup by it stays one index probe.
 */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** 32 random bytes as 43 base64url characters. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}
