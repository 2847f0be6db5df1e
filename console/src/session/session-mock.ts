import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import {
  LoginDocument,
  type LoginMutation,
  type LoginMutationVariables,
  type SessionPayloadFields,
} from './session.graphql';
import { type RefreshSession, SessionManager } from './session-manager';
import type { SessionStorageArea } from './session-storage';

// For tests only: sessions, storage and login answers.

export const dispatcherEmail = 'dispatcher@demo.phoenix.az.us';
export const demoPassword = 'civicgraph-demo';

/** A Map behind the Web Storage calls the session uses; `entries` shows what was kept. */
export function memoryStorage(): SessionStorageArea & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
}

const minute = 60_000;

/** What `login` answers for the demo dispatcher: 15-minute access, 12-hour refresh. */
export function sessionPayload(
  overrides: Partial<SessionPayloadFields> = {},
  now = Date.now(),
): SessionPayloadFields {
  return {
    __typename: 'SessionPayload',
    accessToken: 'access-1',
    accessTokenExpiresAt: new Date(now + 15 * minute).toISOString(),
    refreshToken: 'refresh-1',
    refreshTokenExpiresAt: new Date(now + 12 * 60 * minute).toISOString(),
    staff: { __typename: 'Staff', id: 'staff-7', name: 'Ana Ruiz', role: 'DISPATCHER' },
    ...overrides,
  };
}

const neverRefreshes: RefreshSession = () =>
  Promise.reject(new Error('this test does not expect a refresh'));

/** A session manager kept in memory; signed in as `payload` unless it is null. */
export function testSessionManager({
  payload = sessionPayload(),
  refresh = neverRefreshes,
  storage = memoryStorage(),
}: {
  payload?: SessionPayloadFields | null;
  refresh?: RefreshSession;
  storage?: SessionStorageArea;
} = {}): SessionManager {
  const manager = new SessionManager({ refresh, storage });
  if (payload) manager.signIn(payload);
  return manager;
}

export function loginMock(
  answer: { data: LoginMutation } | { errors: GraphQLError[] },
  variables: LoginMutationVariables = { email: dispatcherEmail, password: demoPassword },
): MockLink.MockedResponse<LoginMutation, LoginMutationVariables> {
  return { request: { query: LoginDocument, variables }, result: answer };
}

/** Accounts' refusal: the same for an unknown email and a wrong password. */
export function badCredentials(): GraphQLError {
  return new GraphQLError('Email or password is incorrect', {
    extensions: { code: 'UNAUTHENTICATED' },
  });
}

export function locked(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError('Email or password is incorrect', {
    extensions: { code: 'UNAUTHENTICATED', reason: 'LOCKED', retryAfterSeconds },
  });
}
