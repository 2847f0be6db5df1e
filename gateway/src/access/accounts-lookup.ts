import { type Caller, parseCaller, postSigned } from '@civicgraph/platform';

/** Accounts' answer about one API key or session (`POST /internal/callers`). */
export interface CallerLookup {
  /** null: unknown, revoked, expired or inactive. */
  caller: Caller | null;
  rateLimitPerMinute?: number;
  persistedOperationsOnly?: boolean;
}

export type LookupQuestion =
  | { apiKey: string }
  | { sessionId: string }
  | { consentToken: string; apiClientId: string };

/** Accounts did not answer (down, slow, or not speaking the contract): nobody can be verified. */
export class AccountsUnavailable extends Error {}

const GATEWAY: Caller = { kind: 'service', id: 'gateway' };
const LOOKUP_PATH = '/internal/callers';
/** A request waits for this at most on a cache miss; then its caller gets a 503. */
const LOOKUP_TIMEOUT_MS = 3000;

function parseAnswer(body: unknown): CallerLookup {
  const answer = body as Record<string, unknown> | null;
  if (typeof answer !== 'object' || answer === null || !('caller' in answer)) {
    throw new AccountsUnavailable('accounts answered without a caller');
  }
  const caller = answer.caller === null ? null : parseCaller(answer.caller);
  if (answer.caller !== null && !caller) {
    throw new AccountsUnavailable('accounts answered with a malformed caller');
  }
  const limit = answer.rateLimitPerMinute;
  return {
    caller,
    ...(typeof limit === 'number' && Number.isInteger(limit) && limit > 0
      ? { rateLimitPerMinute: limit }
      : {}),
    ...(answer.persistedOperationsOnly === true ? { persistedOperationsOnly: true } : {}),
  };
}

/**
 * Asks accounts who holds an API key or a session, as the gateway itself (a signed
 * `service` caller, the only one accounts answers on this route).
 */
export function accountsLookup(accountsGraphqlUrl: string, signingSecret: string) {
  const url = new URL(LOOKUP_PATH, accountsGraphqlUrl);
  return async (question: LookupQuestion): Promise<CallerLookup> => {
    let response: Response;
    try {
      response = await postSigned({
        url,
        audience: 'accounts',
        caller: GATEWAY,
        body: JSON.stringify(question),
        secret: signingSecret,
        timeoutMs: LOOKUP_TIMEOUT_MS,
      });
    } catch (error) {
      throw new AccountsUnavailable(`accounts cannot be reached at ${url}`, { cause: error });
    }
    if (!response.ok) {
      throw new AccountsUnavailable(`accounts answered ${url} with HTTP ${response.status}`);
    }
    let answer: unknown;
    try {
      answer = await response.json();
    } catch (error) {
      throw new AccountsUnavailable('accounts answered with a body that is not JSON', {
        cause: error,
      });
    }
    return parseAnswer(answer);
  };
}
