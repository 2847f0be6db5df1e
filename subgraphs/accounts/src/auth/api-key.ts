import { randomBytes } from 'node:crypto';
import { randomSecret, sha256Hex } from './token-hash';

const API_KEY = /^cgk_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/;
const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A new partner API key, `cgk_<8 character prefix>_<43 character secret>`: the key
 * is shown once; the prefix (kept in clear, to tell keys apart) and a sha256 of the
 * whole key are what is stored.
 */
export function newApiKey() {
  // 256 is not a multiple of 36: bytes from 252 (7 × 36) up are skipped, so that
  // every character is equally likely.
  let prefix = '';
  while (prefix.length < 8) {
    for (const byte of randomBytes(16)) {
      if (byte < 252 && prefix.length < 8) prefix += PREFIX_ALPHABET[byte % 36];
    }
  }
  const key = `cgk_${prefix}_${randomSecret()}`;
  return { key, prefix, hash: sha256Hex(key) };
}

/** The stored hash of a key as a partner sent it, or null when it cannot be one of ours. */
export function apiKeyHash(key: string): string | null {
  return API_KEY.test(key) ? sha256Hex(key) : null;
}
