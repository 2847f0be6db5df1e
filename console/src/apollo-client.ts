import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import {
  createLiveConnection,
  type LiveConnectionOptions,
  registerLiveConnection,
  webSocketUrl,
} from './live/live-connection';
import { createOwnChangesLink } from './live/own-changes-link';
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

export interface ApolloClientOptions {
  uri?: string;
  fetch?: typeof globalThis.fetch;
  /**
   * The subscriptions' socket: its URL (by default `uri` on this page's origin, ws:
   * or wss:), where the last event id is kept, and a WebSocket outside the browser.
   */
  live?: Partial<LiveConnectionOptions>;
}

/**
 * The console's client: same-origin `/graphql`, where the gateway serves the graph,
 * with the staff session's bearer token on every operation (`session/auth-link.ts`).
 * Subscriptions go over graphql-ws on the same path (`live/live-connection.ts`), with
 * the token in connection_init; queries and mutations stay on HTTP.
 */
export function createApolloClient(
  session: SessionManager,
  { uri = '/graphql', fetch, live = {} }: ApolloClientOptions = {},
): ApolloClient {
  const connection = createLiveConnection(session, {
    ...live,
    url: live.url ?? webSocketUrl(uri),
    // The tab's storage, as the session's: a reload resumes where this tab was.
    cursorStorage:
      live.cursorStorage !== undefined
        ? live.cursorStorage
        : typeof window === 'undefined'
          ? null
          : window.sessionStorage,
  });
  const http = ApolloLink.from([
    createOwnChangesLink(),
    createAuthLink(session),
    new HttpLink({ uri, fetch }),
  ]);
  const client = new ApolloClient({
    link: ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
      connection.link,
      http,
    ),
    cache: createCache(),
  });
  registerLiveConnection(client, connection);
  return client;
}
