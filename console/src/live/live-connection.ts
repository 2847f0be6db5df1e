import type { ApolloClient } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { type Client, createClient } from 'graphql-ws';
import type { SessionManager } from '../session/session-manager';
import { type CursorStorage, EventCursor } from './event-cursor';

/** What the socket did, for the live feed to turn into a status and messages. */
export type SocketEvent =
  | { type: 'connecting' }
  /** `wasRetry`: a reconnect after a drop, so what was missed is being replayed. */
  | { type: 'connected'; wasRetry: boolean }
  | { type: 'closed'; code: number };

/** The gateway's close codes a client acts on (README, "Live updates"). */
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_FORBIDDEN = 4403;

export interface LiveConnection {
  /** The terminating link for subscriptions (queries and mutations stay on HTTP). */
  link: GraphQLWsLink;
  /** The last event applied: sent as `lastEventId` on every (re)connect. */
  cursor: EventCursor;
  on(listener: (event: SocketEvent) => void): () => void;
  /** The code of the last close, e.g. 4401 when the gateway refused the credentials. */
  lastCloseCode(): number | null;
  /**
   * After the gateway refused the credentials (4401/4403): renews the session once and
   * resolves true to subscribe again. Refused twice in a row, or the refresh refused:
   * the session has ended (false). When accounts cannot be reached it resolves true:
   * the next attempt tries again.
   */
  reauthenticate(): Promise<boolean>;
  /** Stops waiting out the backoff: the browser says the network is back. */
  wake(): void;
  /** Drops the socket now (the browser went offline); it reconnects when it can. */
  drop(): void;
  dispose(): void;
}

export interface LiveConnectionOptions {
  /** ws:// or wss:// URL of the gateway's `/graphql`. */
  url: string;
  cursorStorage?: CursorStorage | null;
  /** A WebSocket implementation outside the browser (tests in Node). */
  webSocketImpl?: unknown;
  /** Backoff before reconnect attempt `retries` (0 first): randomised, capped. */
  retryDelay?: (retries: number) => number;
  /** Keep-alive ping interval; a socket that answers none within `pongTimeout` is dropped. */
  keepAlive?: number;
  pongTimeout?: number;
}

/** `/graphql` on this page's origin, or an http(s) URL, as the WebSocket URL. */
export function webSocketUrl(uri: string): string {
  const url = new URL(uri, typeof window === 'undefined' ? undefined : window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/** 0.5 s, 1 s, 2 s, … up to 30 s, each ±25%: a restarted gateway is not stormed. */
export function defaultRetryDelay(retries: number): number {
  const base = Math.min(30_000, 500 * 2 ** retries);
  return base * (0.75 + Math.random() * 0.5);
}

function closeCodeOf(event: unknown): number | null {
  if (typeof event === 'object' && event !== null && 'code' in event) {
    const { code } = event as { code: unknown };
    return typeof code === 'number' ? code : null;
  }
  return null;
}

const connections = new WeakMap<ApolloClient, LiveConnection>();

/** Registers the connection behind `client`'s subscriptions (createApolloClient does). */
export function registerLiveConnection(client: ApolloClient, connection: LiveConnection): void {
  connections.set(client, connection);
}

/** The live connection of `client`; null for a client without one (component tests). */
export function liveConnectionOf(client: ApolloClient): LiveConnection | null {
  return connections.get(client) ?? null;
}

/**
 * The console's one graphql-ws connection to the gateway. Lazy: it opens with the first
 * subscription and closes with the last (so signing out, which unmounts the live
 * provider, closes it). Each (re)connect sends a fresh access token (refreshed first
 * when due) and the last event id, and it retries with backoff for as long as someone
 * is signed in. graphql-ws treats 4401 as fatal: the subscription ends with it, and
 * the live feed calls `reauthenticate()` and subscribes again.
 */
export function createLiveConnection(
  session: SessionManager,
  options: LiveConnectionOptions,
): LiveConnection {
  const cursor = new EventCursor(options.cursorStorage ?? null);
  // The next person to sign in at this screen starts live, not from this one's place.
  session.subscribe(() => {
    if (session.getState().session === null) cursor.set(null);
  });
  const listeners = new Set<(event: SocketEvent) => void>();
  const emit = (event: SocketEvent) => {
    for (const listener of listeners) listener(event);
  };
  let lastClose: number | null = null;
  let sentToken: string | null = null;
  // Whether the session was renewed since the gateway last accepted a connection.
  let renewedSinceAck = false;
  let wakers: Array<() => void> = [];
  let socket: WebSocket | null = null;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  const retryDelay = options.retryDelay ?? defaultRetryDelay;
  const pongTimeout = options.pongTimeout ?? 5_000;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakers = wakers.filter((w) => w !== done);
        resolve();
      }
      wakers.push(done);
    });

  const client: Client = createClient({
    url: options.url,
    lazy: true,
    webSocketImpl: options.webSocketImpl,
    keepAlive: options.keepAlive ?? 15_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    // Signed out: nothing to reconnect for. 4403: a new token may help; the feed renews.
    shouldRetry: (event) =>
      session.getState().session !== null && closeCodeOf(event) !== CLOSE_FORBIDDEN,
    retryWait: async (retries) => {
      await sleep(retryDelay(retries));
      // Offline, every attempt would fail at once: wait for the network instead.
      while (typeof navigator !== 'undefined' && navigator.onLine === false) {
        await sleep(30_000);
      }
    },
    connectionParams: async () => {
      let token: string | null;
      try {
        token = await session.accessToken();
      } catch {
        // Accounts unreachable: the token as it stands (the gateway says 4401 if stale).
        token = session.currentAccessToken();
      }
      sentToken = token;
      const lastEventId = cursor.get();
      return {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(lastEventId ? { lastEventId } : {}),
      };
    },
    on: {
      connecting: () => emit({ type: 'connecting' }),
      connected: (connected, _payload, wasRetry) => {
        socket = connected as WebSocket;
        renewedSinceAck = false;
        emit({ type: 'connected', wasRetry });
      },
      closed: (event) => {
        socket = null;
        clearTimeout(pongTimer);
        lastClose = closeCodeOf(event);
        emit({ type: 'closed', code: lastClose ?? 0 });
      },
      // A socket the network silently lost answers no ping: drop it (4408 is retried).
      ping: (received) => {
        if (received) return;
        clearTimeout(pongTimer);
        const pinged = socket;
        pongTimer = setTimeout(() => {
          if (pinged && pinged === socket && pinged.readyState === 1) {
            pinged.close(4408, 'Request Timeout');
          }
        }, pongTimeout);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
    },
  });

  return {
    link: new GraphQLWsLink(client),
    cursor,
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lastCloseCode: () => lastClose,
    async reauthenticate() {
      if (!session.getState().session) return false;
      if (renewedSinceAck) {
        // A fresh token was refused as well: nothing more a refresh can do.
        session.end('ended');
        return false;
      }
      let fresh: string | null;
      try {
        fresh = sentToken
          ? await session.refreshAfterRejection(sentToken)
          : await session.accessToken();
      } catch {
        return true;
      }
      renewedSinceAck = true;
      return fresh !== null;
    },
    wake() {
      for (const wake of wakers.slice()) wake();
    },
    drop() {
      if (socket) client.terminate();
    },
    dispose() {
      clearTimeout(pongTimer);
      void client.dispose();
    },
  };
}
