// Test helper: imported by test files and benchmarks only.

import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** One message a subscription received: a payload, or how it ended. */
export interface LivePayload {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface LiveConnectionOptions {
  /** The public origin, e.g. http://127.0.0.1:4000 (ws:// is derived from it). */
  origin: string;
  /** connection_init's payload: `{ authorization }` or `{ 'x-api-key' }`, `lastEventId`. */
  connectionParams?: Record<string, unknown>;
}

/** How a connection closed, as the client saw it. */
export interface Closed {
  code: number;
  reason: string;
}

/**
 * A graphql-ws connection to the gateway, as a client app opens one, that keeps what
 * each subscription receives in order. It does not reconnect by itself: a test
 * reconnects as a client would, with its last event id.
 */
export class LiveConnection {
  readonly client: Client;
  /** Set once the connection has closed. */
  closed: Closed | null = null;
  private readonly closedWaiters: Array<(closed: Closed) => void> = [];

  constructor(options: LiveConnectionOptions) {
    this.client = createClient({
      url: `${options.origin.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: options.connectionParams ?? {},
      retryAttempts: 0,
      lazy: false,
      // The close is kept in `closed` for the test to read: no console noise.
      onNonLazyError: () => {},
      on: {
        closed: (event) => {
          const { code, reason } = event as { code: number; reason: string };
          this.closed = { code, reason: String(reason) };
          for (const waiter of this.closedWaiters.splice(0)) waiter(this.closed);
        },
      },
    });
  }

  /** Resolves with the close code and reason once the connection closes. */
  whenClosed(): Promise<Closed> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve) => this.closedWaiters.push(resolve));
  }

  subscribe(query: string, variables: Record<string, unknown> = {}): LiveSubscription {
    return new LiveSubscription(this.client, query, variables);
  }

  async close() {
    await this.client.dispose();
  }
}

/** One subscription's payloads, in the order they came. */
export class LiveSubscription {
  readonly payloads: LivePayload[] = [];
  /** Set when the server completed it, or an error ended it. */
  ended: { error?: unknown } | null = null;
  private readonly waiters: Array<() => void> = [];
  private readonly unsubscribe: () => void;

  constructor(client: Client, query: string, variables: Record<string, unknown>) {
    this.unsubscribe = client.subscribe<Record<string, unknown>>(
      { query, variables },
      {
        next: (payload) => {
          this.payloads.push(payload as LivePayload);
          this.wake();
        },
        error: (error) => {
          this.ended = { error };
          this.wake();
        },
        complete: () => {
          this.ended ??= {};
          this.wake();
        },
      },
    );
  }

  /** Resolves once `count` payloads have arrived, or rejects when it ends or times out first. */
  async received(count: number, timeoutMs = 20_000): Promise<LivePayload[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.payloads.length < count) {
      if (this.ended) {
        throw new Error(
          `subscription ended after ${this.payloads.length} of ${count} payloads: ${JSON.stringify(this.ended.error ?? 'complete')}`,
        );
      }
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`${this.payloads.length} of ${count} payloads within ${timeoutMs} ms`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.payloads.slice(0, count);
  }

  /** Resolves once the subscription has ended (completed or errored). */
  async whenEnded(timeoutMs = 20_000): Promise<{ error?: unknown }> {
    const deadline = Date.now() + timeoutMs;
    while (!this.ended) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`the subscription did not end within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.ended;
  }

  /** The event ids received, in order (payloads whose root field carries `eventId`). */
  eventIds(): string[] {
    return this.payloads.flatMap((payload) => {
      const root = Object.values(payload.data ?? {})[0] as { eventId?: string } | null | undefined;
      return root?.eventId ? [root.eventId] : [];
    });
  }

  stop() {
    this.unsubscribe();
  }

  private wake() {
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}
