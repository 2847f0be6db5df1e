import { hash, verify } from '@node-rs/argon2';

/**
 * The PIN printed on a bill: what proves that whoever links an account holds the
 * paper. Six digits; kept as an argon2id hash only. A six-digit PIN has a million
 * values, so what protects it online is the attempt limit (link-throttle.ts), and
 * argon2 makes a leaked table costly to walk through.
 */
export const PIN_PATTERN = /^[0-9]{6}$/;

/** Hash of a PIN nobody has: an unknown account number costs the same verification. */
const DUMMY_PIN_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$9/AjaTNf4lVtpOO4FcigYA$rz35k5KpWdhcYlxLqtzzMkD9iU5cBKf1Q+JfP+P+nMY';

export function hashPin(pin: string, options?: Parameters<typeof hash>[1]) {
  return hash(pin, options);
}

/** Whether the PIN matches; a missing account still costs one verification. */
export async function pinMatches(storedHash: string | null, pin: string) {
  const matches = await verify(storedHash ?? DUMMY_PIN_HASH, pin);
  return storedHash !== null && matches;
}
