import { badUserInput } from '@civicgraph/platform';
import { hash, verify } from '@node-rs/argon2';

/**
 * The hash checked when nobody has the email signed in with (or they have no
 * password): sign-in costs one argon2id verification either way, so its duration
 * does not tell whether an address belongs to a staff member. Same parameters as
 * `hash()` gives real passwords (m=19456, t=2, p=1); the password behind it was
 * random and thrown away.
 */
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$9/AjaTNf4lVtpOO4FcigYA$rz35k5KpWdhcYlxLqtzzMkD9iU5cBKf1Q+JfP+P+nMY';

/** Longest password verified: argon2 of megabytes of input would be a cheap denial of service. */
export const MAX_PASSWORD_LENGTH = 1024;
/** Length is what makes a chosen password hard to guess offline should hashes ever leak. */
export const MIN_PASSWORD_LENGTH = 12;

/** Whether `password` matches `storedHash`; a missing hash still costs one verification. */
export async function passwordMatches(storedHash: string | null, password: string) {
  const matches = await verify(storedHash ?? DUMMY_HASH, password);
  return storedHash !== null && matches;
}

/** The argon2id hash of a password an admin set, after checking it is long enough. */
export function hashNewPassword(password: string, argument: string) {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw badUserInput(
      `${argument} must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters long`,
      { argument },
    );
  }
  return hash(password);
}
