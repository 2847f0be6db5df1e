import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { createAuthLink } from './session/auth-link';
import type { SessionManager } from './session/session-manager';

/**
 * The cache the app and its tests share, so that tests exercise the same pagination
 * merge as production: `workOrders` pages (fetchMore with `after`) are appended to
 * one list per filter instead of replacing each other.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: { fields: { workOrders: relayStylePagination(['filter']) } },
    },
  });
}

/**
 * The console's client: same-origin `/graphql`, where the gateway serves the graph,
 * with the staff session's bearer token on every operation (`session/auth-link.ts`).
 */
export function createApolloClient(
  session: SessionManager,
  { uri = '/graphql', fetch }: { uri?: string; fetch?: typeof globalThis.fetch } = {},
): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([createAuthLink(session), new HttpLink({ uri, fetch })]),
    cache: createCache(),
  });
}
