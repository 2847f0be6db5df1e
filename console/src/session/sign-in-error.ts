import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** Why a sign-in failed, as far as the page should tell. */
export type SignInFailure =
  | { kind: 'badCredentials' }
  | { kind: 'locked'; retryAfterSeconds: number | null }
  | { kind: 'unavailable' };

/**
 * Reads accounts' answer to `login`. Unknown email and wrong password are one answer
 * by design (UNAUTHENTICATED), so the page says one generic thing for both; a locked
 * account adds `reason: 'LOCKED'` and how long to wait. Anything else (network,
 * rate limit, a server error) is "try again later", never the raw message.
 */
export function signInFailure(error: unknown): SignInFailure {
  if (!CombinedGraphQLErrors.is(error)) return { kind: 'unavailable' };
  const refusal = error.errors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
  if (!refusal) return { kind: 'unavailable' };
  if (refusal.extensions?.reason === 'LOCKED') {
    const seconds = Number(refusal.extensions.retryAfterSeconds);
    return {
      kind: 'locked',
      retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : null,
    };
  }
  return { kind: 'badCredentials' };
}
