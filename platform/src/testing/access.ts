import type { Caller, StaffRole } from '../access/caller';
import { CALLER_HEADER, signCaller } from '../access/caller-token';
import type { AccessSecrets } from '../access/secrets';
import { type GraphQLResponse, postGraphQL } from './post-graphql';

/** The secrets every test server uses (never a deployment's). */
export const TEST_SECRETS: AccessSecrets = Object.freeze({
  callerSigning: 'test-only-gateway-signing-secret-0123456789',
  accessToken: 'test-only-access-token-secret-0123456789abc',
});

/** A staff caller with one role and a fixed id per role, for subgraph tests. */
export function staffCaller(
  role: StaffRole,
  id = `00000000-0000-4000-8000-00000000000${role.length}`,
): Caller {
  return { kind: 'staff', id, roles: [role] };
}

/**
 * POSTs a GraphQL request to a subgraph as the gateway would: signed for `caller`,
 * for that subgraph (`audience`) and this exact body, with any other `headers` the
 * gateway sends (the public origin).
 */
export async function postAsCaller<T = Record<string, unknown>>(
  url: string,
  audience: string,
  caller: Caller,
  document: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify({ query: document, variables });
  const { pathname } = new URL(url);
  const signature = await signCaller(
    caller,
    { audience, method: 'POST', path: pathname, body },
    TEST_SECRETS.callerSigning,
  );
  return postGraphQL<T>(url, document, variables, {
    headers: { ...headers, [CALLER_HEADER]: signature },
    body,
  });
}
