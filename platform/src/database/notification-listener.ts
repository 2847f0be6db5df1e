import pg from 'pg';
import type { Logger } from '../logger';

export interface NotificationListenerOptions {
  connectionString: string;
  /** The channel to LISTEN on: a plain identifier (it is written into the statement). */
  channel: string;
  /** How the connection shows in pg_stat_activity. */
  applicationName: string;
  logger: Logger;
  /**
   * On every notification, and once on every (re)connection: whatever was committed
   * while nobody listened must be read then. The payload is not passed: readers read
   * the rows after their own position.
   */
  onWake: () => void;
  /** A lost connection was restored (for the caller's statistics). */
  onReconnected?: () => void;
  /** How long opening the connection may take (default 10 s). */
  connectTimeoutMs?: number;
}

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;
const FIRST_RECONNECT_DELAY_MS = 100;
const MAX_RECONNECT_DELAY_MS = 5000;
/**
 * How long opening the connection may take. A server that accepts and never answers
 * (a proxy whose database is gone, an address that went elsewhere in a failover)
 * would leave a connect, and so every reconnect after it, waiting for good.
 */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * One dedicated connection LISTENing on a channel (a pooled connection cannot hold a
 * LISTEN), reconnected with backoff (100 ms doubling to 5 s) whenever it is lost, and
 * waking its reader on each notification and after each (re)connection. The outbox's
 * readers (the gateway's live feed, the open-data publisher) each hold one.
 */
export class NotificationListener {
  private client: pg.Client | null = null;
  private closed = false;
  private reconnectDelay = FIRST_RECONNECT_DELAY_MS;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: NotificationListenerOptions) {
    if (!CHANNEL.test(options.channel)) throw new Error(`Not a channel name: ${options.channel}`);
  }

  /** Connects and LISTENs; a failure here is the caller's (a start that cannot listen). */
  async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: this.options.applicationName,
      connectionTimeoutMillis: this.options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
    });
    client.on('notification', () => this.options.onWake());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.options.channel}`);
    } catch (error) {
      // Half-open (connected, not listening): not left holding a server session.
      await client.end().catch(() => {});
      throw error;
    }
    if (this.closed) {
      await client.end();
      return;
    }
    this.client = client;
    this.reconnectDelay = FIRST_RECONNECT_DELAY_MS;
    this.options.onWake();
  }

  /** Connects in the background, retrying with backoff until it listens or is closed. */
  connectInBackground(): void {
    this.connect().catch((error) => {
      this.options.logger.warn({ err: error }, `LISTEN ${this.options.channel} failed; retrying`);
      this.scheduleReconnect();
    });
  }

  /** Backend pid of the LISTEN connection (null while it is reconnecting). */
  get pid(): number | null {
    return (this.client as unknown as { processID?: number } | null)?.processID ?? null;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private lost(client: pg.Client, error: Error | null) {
    if (this.client !== client || this.closed) return;
    this.client = null;
    this.options.logger.warn(
      { err: error },
      `LISTEN ${this.options.channel} connection lost; reconnecting`,
    );
    client.end().catch(() => {});
    this.scheduleReconnect();
  }

  private scheduleReconnect() {
    if (this.closed) return;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(delay * 2, MAX_RECONNECT_DELAY_MS);
    this.reconnectTimer = setTimeout(async () => {
      this.reconnectTimer = null;
      try {
        await this.connect();
        this.options.onReconnected?.();
        this.options.logger.info(`LISTEN ${this.options.channel} connection restored`);
      } catch (error) {
        this.options.logger.warn(
          { err: error },
          `LISTEN ${this.options.channel} reconnect failed; retrying`,
        );
        this.scheduleReconnect();
      }
    }, delay);
    this.reconnectTimer.unref();
  }
}
