import type { ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Subscription } from 'rxjs';
import { isAfter } from './event-cursor';
import {
  CLOSE_FORBIDDEN,
  CLOSE_UNAUTHORIZED,
  defaultRetryDelay,
  type LiveConnection,
} from './live-connection';
import type { LiveStatus, LiveWorkOrderEvent } from './live-context';
import {
  WorkOrderChangedDocument,
  type WorkOrderChangedSubscription,
} from './work-order-changed.graphql';

/** The work order as an event carries it (what the cache was just given). */
export type LiveWorkOrder = NonNullable<
  WorkOrderChangedSubscription['workOrderChanged']['workOrder']
>;

/** What the person should be told; the provider words it. */
export type LiveNotice =
  /**
   * Back after a drop of `downMs`; `missed` events arrived since (replayed from the
   * last id). A token renewal drops the socket for a moment every quarter hour: the
   * provider stays quiet about drops nobody could notice.
   */
  | { kind: 'caughtUp'; missed: number; downMs: number }
  /** Too far behind to replay: what is shown was reloaded instead. */
  | { kind: 'resynced' }
  | { kind: 'change'; event: LiveWorkOrderEvent; workOrder: LiveWorkOrder };

export interface LiveFeedState {
  status: LiveStatus;
  recentlyChanged: ReadonlySet<string>;
}

export interface LiveFeedOptions {
  client: ApolloClient;
  connection: LiveConnection;
  /** How long a changed work order stays highlighted. */
  highlightMs?: number;
  /** After a reconnect, how long without a replayed event means "caught up". */
  catchUpQuietMs?: number;
  retryDelay?: (attempt: number) => number;
}

/**
 * The close code when the subscription ended because its socket closed for good:
 * GraphQLWsLink turns graphql-ws' close event into "Socket closed with event 4401 …".
 */
function socketCloseOf(failure: unknown, lastClose: number | null): number | null {
  if (!(failure instanceof Error) || !failure.message.startsWith('Socket closed')) return null;
  const code = /with event (\d+)/.exec(failure.message)?.[1];
  return code ? Number(code) : lastClose;
}

function resyncOf(error: unknown): string | null | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const resync = error.errors.find((e) => e.extensions?.code === 'RESYNC_REQUIRED');
  if (!resync) return undefined;
  const after = resync.extensions?.resumeAfter;
  return typeof after === 'string' ? after : null;
}

/**
 * The console's live feed, apart from React: one `workOrderChanged` subscription
 * through Apollo Client (which writes each payload into the normalised cache, so rows
 * and the detail update in place), the cursor it resumes from, the connection's state,
 * the work orders changed a moment ago, and what to tell the person.
 */
export class LiveFeed {
  private state: LiveFeedState = { status: 'connecting', recentlyChanged: new Set() };
  private readonly stateListeners = new Set<() => void>();
  private readonly eventListeners = new Set<(event: LiveWorkOrderEvent) => void>();
  private readonly noticeListeners = new Set<(notice: LiveNotice) => void>();
  private readonly expiries = new Map<string, number>();
  private expiryTimer: ReturnType<typeof setTimeout> | undefined;
  private subscription: Subscription | null = null;
  private running = false;
  private socketUp = false;
  private wasLive = false;
  private online = typeof navigator === 'undefined' ? true : navigator.onLine !== false;
  private catchingUp: {
    missed: number;
    downMs: number;
    timer: ReturnType<typeof setTimeout>;
  } | null = null;
  private droppedAt: number | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private readonly highlightMs: number;
  private readonly catchUpQuietMs: number;
  private readonly retryDelay: (attempt: number) => number;
  private unlisten: (() => void) | null = null;

  constructor(private readonly options: LiveFeedOptions) {
    this.highlightMs = options.highlightMs ?? 4_000;
    this.catchUpQuietMs = options.catchUpQuietMs ?? 600;
    this.retryDelay = options.retryDelay ?? defaultRetryDelay;
  }

  readonly getState = (): LiveFeedState => this.state;

  readonly subscribeState = (listener: () => void): (() => void) => {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  };

  /** LiveState.subscribe: every change from now on. */
  readonly subscribe = (listener: (event: LiveWorkOrderEvent) => void): (() => void) => {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  };

  onNotice(listener: (notice: LiveNotice) => void): () => void {
    this.noticeListeners.add(listener);
    return () => this.noticeListeners.delete(listener);
  }

  /** Starts following changes; the returned function stops (and closes the socket). */
  start(): () => void {
    this.running = true;
    this.unlisten = this.options.connection.on((event) => {
      if (event.type === 'connected') {
        this.socketUp = true;
        this.failures = 0;
        if (this.wasLive) this.beginCatchUp(Date.now() - (this.droppedAt ?? Date.now()));
        this.wasLive = true;
        this.droppedAt = null;
      } else if (event.type === 'closed') {
        this.socketUp = false;
        this.droppedAt ??= Date.now();
      }
      this.updateStatus();
    });
    this.open(null);
    this.updateStatus();
    return () => this.stop();
  }

  /** The browser's own idea of the network (window online/offline events). */
  setOnline(online: boolean): void {
    if (online === this.online) return;
    this.online = online;
    if (online) this.options.connection.wake();
    // A socket the network lost may look open for a while: drop it now.
    else this.options.connection.drop();
    this.updateStatus();
  }

  private stop() {
    this.running = false;
    this.unlisten?.();
    this.subscription?.unsubscribe();
    this.subscription = null;
    clearTimeout(this.retryTimer);
    clearTimeout(this.expiryTimer);
    if (this.catchingUp) clearTimeout(this.catchingUp.timer);
    this.catchingUp = null;
  }

  private open(after: string | null) {
    if (!this.running) return;
    let failure: unknown = null;
    let resumeAfter: string | null | undefined;
    this.subscription = this.options.client
      .subscribe({
        query: WorkOrderChangedDocument,
        variables: { after },
        // A work order this person may no longer read arrives null with an error: the
        // event still moves the cursor.
        errorPolicy: 'all',
      })
      .subscribe({
        next: (result) => {
          const resync = resyncOf(result.error);
          if (resync !== undefined) resumeAfter = resync;
          else if (result.error && !result.data) failure = result.error;
          const event = result.data?.workOrderChanged;
          if (event) this.apply(event);
        },
        error: (error: unknown) => {
          failure = error;
          this.ended(failure, resumeAfter);
        },
        complete: () => this.ended(failure, resumeAfter),
      });
  }

  private ended(failure: unknown, resumeAfter: string | null | undefined) {
    this.subscription = null;
    if (!this.running) return;
    if (resumeAfter !== undefined) {
      void this.resync(resumeAfter);
      return;
    }
    const code = socketCloseOf(failure, this.options.connection.lastCloseCode());
    if (code === CLOSE_UNAUTHORIZED || code === CLOSE_FORBIDDEN) {
      this.socketUp = false;
      this.updateStatus();
      void this.options.connection.reauthenticate().then((again) => {
        if (again) this.open(null);
      });
      return;
    }
    // Anything else (the server completed it, an error it sent): subscribe again, slower each time.
    this.socketUp = false;
    this.updateStatus();
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.open(null), this.retryDelay(this.failures++));
  }

  private async resync(resumeAfter: string | null) {
    this.options.connection.cursor.set(resumeAfter);
    try {
      await this.options.client.refetchQueries({ include: 'active' });
    } catch {
      // Each query shows its own error; the feed goes on.
    }
    if (!this.running) return;
    this.notify({ kind: 'resynced' });
    this.open(resumeAfter);
  }

  private apply(event: WorkOrderChangedSubscription['workOrderChanged']) {
    const { cursor } = this.options.connection;
    // A replay after a resubscription can repeat what was applied: once is enough.
    if (!isAfter(event.eventId, cursor.get())) return;
    cursor.advance(event.eventId);
    if (this.catchingUp) this.extendCatchUp();
    const workOrder = event.workOrder;
    if (!workOrder) return;
    this.highlight(workOrder.id);
    const live: LiveWorkOrderEvent = {
      eventId: event.eventId,
      workOrderId: workOrder.id,
      action: event.action,
      changed: event.changed,
      occurredAt: event.occurredAt,
    };
    for (const listener of this.eventListeners) listener(live);
    this.notify({ kind: 'change', event: live, workOrder });
  }

  private beginCatchUp(downMs: number) {
    if (this.catchingUp) clearTimeout(this.catchingUp.timer);
    this.catchingUp = {
      missed: 0,
      downMs,
      timer: setTimeout(() => this.caughtUp(), this.catchUpQuietMs),
    };
  }

  private extendCatchUp() {
    if (!this.catchingUp) return;
    clearTimeout(this.catchingUp.timer);
    this.catchingUp.missed += 1;
    this.catchingUp.timer = setTimeout(() => this.caughtUp(), this.catchUpQuietMs);
  }

  private caughtUp() {
    const { missed = 0, downMs = 0 } = this.catchingUp ?? {};
    this.catchingUp = null;
    this.notify({ kind: 'caughtUp', missed, downMs });
  }

  private highlight(id: string) {
    this.expiries.set(id, Date.now() + this.highlightMs);
    this.setState({ ...this.state, recentlyChanged: new Set(this.expiries.keys()) });
    this.scheduleExpiry();
  }

  private scheduleExpiry() {
    clearTimeout(this.expiryTimer);
    if (this.expiries.size === 0) return;
    const next = Math.min(...this.expiries.values());
    this.expiryTimer = setTimeout(
      () => {
        const now = Date.now();
        for (const [id, at] of this.expiries) if (at <= now) this.expiries.delete(id);
        this.setState({ ...this.state, recentlyChanged: new Set(this.expiries.keys()) });
        this.scheduleExpiry();
      },
      Math.max(0, next - Date.now()),
    );
  }

  private updateStatus() {
    const status: LiveStatus = !this.online
      ? 'offline'
      : this.socketUp
        ? 'live'
        : this.wasLive
          ? 'reconnecting'
          : 'connecting';
    if (status !== this.state.status) this.setState({ ...this.state, status });
  }

  private notify(notice: LiveNotice) {
    for (const listener of this.noticeListeners) listener(notice);
  }

  private setState(state: LiveFeedState) {
    this.state = state;
    for (const listener of this.stateListeners) listener();
  }
}
