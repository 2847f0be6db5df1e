import { type Session, sessionFromPayload } from './session';
import type { SessionPayloadFields } from './session.graphql';
import { readStoredSession, type SessionStorageArea, writeSession } from './session-storage';

/** Thrown by a refresh function when accounts refused the refresh token. */
export class SessionRefusedError extends Error {
  override name = 'SessionRefusedError';
}

/** Asks accounts for a new session for a refresh token (`refreshSession`). */
export type RefreshSession = (refreshToken: string) => Promise<SessionPayloadFields>;

/**
 * Why there is no session, for the sign-in page to say: `expired` when its refresh
 * token ran out (a reload after a long break, an idle tab), `ended` when accounts
 * refused a refresh token still in date (revoked: signed out elsewhere, ended by an
 * administrator), `signedOut` when the person signed out here.
 */
export type SessionNotice = 'expired' | 'ended' | 'signedOut' | null;

/** After a refresh that could not reach accounts, the timer tries again this soon. */
export const REFRESH_RETRY_MS = 15_000;

export interface SessionState {
  session: Session | null;
  notice: SessionNotice;
}

export interface SessionManagerOptions {
  refresh: RefreshSession;
  /**
   * Where the session survives a reload; null keeps it in memory only. The console
   * passes sessionStorage (see main.tsx for why not localStorage).
   */
  storage?: SessionStorageArea | null;
  now?: () => number;
}

/**
 * Holds the staff session and keeps its access token fresh: a timer refreshes it
 * shortly before it expires, every request checks again (timers sleep with the
 * laptop), and a token the gateway refused is refreshed once. Only one refresh is
 * ever in flight: refresh tokens rotate, so two concurrent refreshes with the same
 * token would have accounts refuse the second, which would end the session.
 */
export class SessionManager {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  private refreshing: Promise<string | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly storage: SessionStorageArea | null;
  private readonly refreshSession: RefreshSession;
  private readonly now: () => number;

  constructor(options: SessionManagerOptions) {
    this.storage = options.storage ?? null;
    this.refreshSession = options.refresh;
    this.now = options.now ?? Date.now;
    const stored = readStoredSession(this.storage, this.now());
    this.state = { session: stored.session, notice: stored.expired ? 'expired' : null };
    this.schedule();
  }

  /** For useSyncExternalStore: a new object on every change, the same one otherwise. */
  readonly getState = (): SessionState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Starts the session that `login` returned. */
  signIn(payload: SessionPayloadFields) {
    this.set({ session: sessionFromPayload(payload, this.now()), notice: null });
  }

  /** Forgets the session (the caller has already told accounts, if it could). */
  end(notice: Exclude<SessionNotice, null>) {
    this.set({ session: null, notice });
  }

  /** The access token as it stands, without refreshing; null once it has expired. */
  currentAccessToken(): string | null {
    const { session } = this.state;
    return session && session.accessTokenExpiresAt > this.now() ? session.accessToken : null;
  }

  /** An access token to send, refreshed first when it is due; null when signed out. */
  async accessToken(): Promise<string | null> {
    const { session } = this.state;
    if (!session) return null;
    if (this.now() < session.refreshAt) return session.accessToken;
    return this.refresh();
  }

  /**
   * The gateway refused `rejected`: refresh, unless another request has already
   * replaced that token, in which case the newer one is the answer.
   */
  async refreshAfterRejection(rejected: string): Promise<string | null> {
    const { session } = this.state;
    if (!session) return null;
    if (session.accessToken !== rejected) return session.accessToken;
    return this.refresh();
  }

  /**
   * Renews the session: resolves with the new access token, or null when accounts
   * refused (the session has then ended). Rejects when accounts could not be asked
   * (network, 5xx): the session stays, and the next request tries again.
   */
  refresh(): Promise<string | null> {
    if (!this.refreshing) {
      this.refreshing = this.renew().finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  /** Stops the refresh timer (tests, and a client that is thrown away). */
  dispose() {
    clearTimeout(this.timer);
  }

  private async renew(): Promise<string | null> {
    const session = this.state.session;
    if (!session) return null;
    if (session.refreshTokenExpiresAt <= this.now()) {
      this.end('expired');
      return null;
    }
    let payload: SessionPayloadFields;
    try {
      payload = await this.refreshSession(session.refreshToken);
    } catch (error) {
      if (!(error instanceof SessionRefusedError)) throw error;
      // Only if nobody signed out or in meanwhile: their state is newer than ours. A
      // token that ran out while the request was on its way expired; one still in
      // date was revoked.
      if (this.state.session === session) {
        this.end(session.refreshTokenExpiresAt <= this.now() ? 'expired' : 'ended');
      }
      return null;
    }
    if (this.state.session !== session) return this.state.session?.accessToken ?? null;
    this.set({ session: sessionFromPayload(payload, this.now()), notice: null });
    return this.state.session?.accessToken ?? null;
  }

  private set(state: SessionState) {
    this.state = state;
    writeSession(this.storage, state.session);
    this.schedule();
    for (const listener of this.listeners) listener();
  }

  private schedule(delayMs?: number) {
    clearTimeout(this.timer);
    const { session } = this.state;
    if (!session) return;
    // setTimeout fires at once for delays past 2^31 - 1 ms; never wait that long.
    const delay = Math.min(delayMs ?? Math.max(0, session.refreshAt - this.now()), 2 ** 31 - 1);
    this.timer = setTimeout(() => {
      // Accounts could not be reached (network, 5xx): try again soon, so that an idle
      // screen neither keeps a dead token nor misses a revocation once it is back.
      this.refresh().catch(() => {
        if (this.state.session === session) this.schedule(REFRESH_RETRY_MS);
      });
    }, delay);
  }
}
