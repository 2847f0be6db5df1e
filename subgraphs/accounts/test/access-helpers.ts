import type { DemoCity, StaffSeed } from '@civicgraph/demo-city';
import { DEMO_PASSWORD } from '@civicgraph/demo-city';
import {
  ANONYMOUS,
  CALLER_HEADER,
  type Caller,
  type PartnerScope,
  signCaller,
} from '@civicgraph/platform';
import { type GraphQLResponse, TEST_SECRETS } from '@civicgraph/platform/testing';
import { sql } from 'kysely';
import type { AccountsHarness } from './harness';

export const GATEWAY: Caller = { kind: 'service', id: 'gateway' };

export function partnerCaller(scopes: PartnerScope[]): Caller {
  return { kind: 'partner', id: '0b0c4a9e-2f2e-4c55-9d57-6d3c8f1f5a10', scopes };
}

/** The demo login of a role. */
export function demoLogin(city: DemoCity, role: StaffSeed['role']) {
  const staff = city.staff.find((s) => s.role === role && s.demoPassword === DEMO_PASSWORD);
  if (!staff) throw new Error(`no demo login for ${role}`);
  return staff;
}

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  staff: { id: string; name: string; email: string | null; role: string };
}

const SESSION_FIELDS =
  'accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt staff { id name email role }';

/** `login` as the gateway would send it for someone not signed in. */
export function login(subgraph: AccountsHarness, email: string, password: string) {
  return subgraph.queryAs<{ login: Session }>(
    ANONYMOUS,
    `mutation ($input: LoginInput!) { login(input: $input) { ${SESSION_FIELDS} } }`,
    { input: { email, password } },
  );
}

export function refresh(subgraph: AccountsHarness, refreshToken: string) {
  return subgraph.queryAs<{ refreshSession: Session }>(
    ANONYMOUS,
    `mutation ($input: RefreshSessionInput!) { refreshSession(input: $input) { ${SESSION_FIELDS} } }`,
    { input: { refreshToken } },
  );
}

export function logout(subgraph: AccountsHarness, refreshToken: string) {
  return subgraph.queryAs<{ logout: { sessionId: string | null } }>(
    ANONYMOUS,
    'mutation ($input: LogoutInput!) { logout(input: $input) { sessionId } }',
    { input: { refreshToken } },
  );
}

export interface CallersReply {
  status: number;
  body: {
    caller?: Caller | null;
    rateLimitPerMinute?: number;
    persistedOperationsOnly?: boolean;
    errors?: Array<{ message: string; extensions: { code: string } }>;
  };
}

/** POSTs to `/internal/callers` signed for `caller` (the gateway, unless a test says otherwise). */
export async function askCallers(
  subgraph: AccountsHarness,
  body: unknown,
  caller: Caller = GATEWAY,
): Promise<CallersReply> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const path = '/internal/callers';
  const signature = await signCaller(
    caller,
    { audience: 'accounts', method: 'POST', path, body: text },
    TEST_SECRETS.callerSigning,
  );
  const response = await fetch(new URL(path, subgraph.running.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CALLER_HEADER]: signature },
    body: text,
  });
  return { status: response.status, body: (await response.json()) as CallersReply['body'] };
}

/** The session id an access token carries (its `sid`), read without verifying. */
export function sessionIdOf(accessToken: string): string {
  const payload = JSON.parse(Buffer.from(accessToken.split('.')[1]!, 'base64url').toString());
  return payload.sid;
}

/**
 * A digest of every table an admin mutation can change: equal before and after a
 * refused call means it changed nothing.
 */
export async function tablesDigest(subgraph: AccountsHarness): Promise<string> {
  const tables = ['staff', 'sessions', 'refresh_tokens', 'api_clients', 'api_keys'];
  const parts: string[] = [];
  for (const table of tables) {
    const { rows } = await sql<{ digest: string | null }>`
      select md5(string_agg(t::text, '|' order by t::text)) as digest from ${sql.table(table)} t
    `.execute(subgraph.db);
    parts.push(`${table}:${rows[0]?.digest ?? 'empty'}`);
  }
  return parts.join(' ');
}

/** The first error's code and extensions, for one-error responses. */
export function firstError(response: GraphQLResponse<unknown>) {
  return response.errors?.[0]?.extensions;
}
