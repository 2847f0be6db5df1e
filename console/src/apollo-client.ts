import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

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

/** The console's client: same-origin `/graphql`, where the gateway serves the graph. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({ link: new HttpLink({ uri }), cache: createCache() });
}
