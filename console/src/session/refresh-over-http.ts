import { print } from 'graphql';
import { RefreshSessionDocument, type RefreshSessionMutation } from './session.graphql';
import { type RefreshSession, SessionRefusedError } from './session-manager';

interface GraphQLAnswer {
  data?: RefreshSessionMutation | null;
  errors?: { message?: string; extensions?: { code?: unknown } }[];
}

// Codes that mean accounts looked at the refresh token and said no. Anything else
// (5xx, 429, an unreadable answer) says nothing about the session, so it stays.
const refusalCodes = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT']);

/**
 * `refreshSession` by plain fetch rather than through the Apollo link chain: the
 * chain's auth link would try to refresh the very request that refreshes. No bearer
 * token goes with it: the refresh token is the credential, and an expired access
 * token would only make the gateway answer 401.
 */
export function refreshOverHttp(
  uri = '/graphql',
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
): RefreshSession {
  const query = print(RefreshSessionDocument);
  return async (refreshToken) => {
    const response = await fetchFn(uri, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json;q=0.9',
      },
      body: JSON.stringify({ operationName: 'RefreshSession', query, variables: { refreshToken } }),
    });
    let answer: GraphQLAnswer;
    try {
      answer = (await response.json()) as GraphQLAnswer;
    } catch {
      throw new Error(`Refreshing the session failed: HTTP ${response.status}`);
    }
    const errors = answer.errors ?? [];
    const refusal = errors.find((error) => refusalCodes.has(String(error.extensions?.code)));
    if (response.status === 401 || refusal) {
      throw new SessionRefusedError(refusal?.message ?? errors[0]?.message ?? 'Session refused');
    }
    const payload = answer.data?.refreshSession;
    if (!payload) {
      throw new Error(
        errors[0]?.message ?? `Refreshing the session failed: HTTP ${response.status}`,
      );
    }
    return payload;
  };
}
