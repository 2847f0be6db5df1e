import { GraphQLError } from 'graphql';

/**
 * The one answer to any failed sign-in: unknown email, wrong password, inactive
 * account, no password set. Telling them apart would tell an attacker which
 * addresses belong to staff.
 */
export function badCredentials() {
  return new GraphQLError('The email or password is not correct', {
    extensions: { code: 'UNAUTHENTICATED' },
  });
}

/** Too many failures for this email lately; the same for addresses nobody has. */
export function signInLocked(retryAfterSeconds: number) {
  return new GraphQLError(
    `Too many failed sign-ins for this email; try again in ${retryAfterSeconds} seconds`,
    { extensions: { code: 'UNAUTHENTICATED', reason: 'LOCKED', retryAfterSeconds } },
  );
}

/** A refresh token that no longer signs anyone in (unknown, used, revoked or expired). */
export function sessionEnded() {
  return new GraphQLError('This sign-in has ended; sign in again', {
    extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' },
  });
}
