import { CoalescingRunner, type Logger, NotificationListener } from '@civicgraph/platform';
import pg from 'pg';
import { type OutboxEvent, readEventsAfter, readNewestId, readPrunedThrough } from './outbox-event';
import { EventsPruned } from './resync';

/** The requests outbox's channel (its README): the payload is an id, the rows are read. */
const OUTBOX_CHANNEL = 'requests_outbox';
/** How the LISTEN connection shows in pg_stat_activity (operators, and the tests' kill switch). */
export const LISTENER_APPLICATION_NAME = 'civicgraph-gateway-outbox';

export interface OutboxFeedOptions {
  databaseUrl: string;
  logger: Logger;
  /** Recent events kept in memory for subscribers at or near the head. */
  recentEvents?: number;
  /** A read every so often besides NOTIFY: a lost notification delays, never loses. */
  pollMilliseconds?: number;
  /** Rows per read. */
  batchSize?: number;
}

export interface OutboxFeedStats {
  /** Events this feed has read from the outbox. */
  eventsRead: number;
  /** Times the LISTEN connection was opened again after it dropped. */
  reconnects: number;
  /** Reads of older events than the feed keeps, for subscribers catching up. */
  catchUpReads: number;
}

/**
 * This gateway's one reader of the outbox. One `LISTEN` connection hears each commit's
 * newest id; the feed then reads every row after the last one it read, in id order,
 * through a small pool, and keeps the most recent ones for the subscribers at the
 * head. The outbox makes rows visible in id order (its README), so reading after the
 * last id read never skips one.
 *
 * When the LISTEN connection drops (a restart, `pg_terminate_backend`), the feed opens
 * it again with backoff and reads on from its last id: a dropped connection delays
 * events and loses none. A periodic read covers a notification lost in between.
 */
export class OutboxFeed {
  readonly stats: OutboxFeedStats = { eventsRead: 0, reconnects: 0, catchUpReads: 0 };
  private readonly pool: pg.Pool;
  private readonly logger: Logger;
  private readonly recentLimit: number;
  private readonly batchSize: number;
  private readonly listener: NotificationListener;
  private closed = false;
  /** The newest id read. */
  private head: bigint;
  /** Every event with floor < id <= head, oldest first. */
  private recent: OutboxEvent[] = [];
  private floor: bigint;
  private advanced = deferred();
  private readonly reader: CoalescingRunner;
  private readonly poll: NodeJS.Timeout;

  private constructor(options: OutboxFeedOptions, newest: bigint, pool: pg.Pool) {
    this.pool = pool;
    this.logger = options.logger.child({ component: 'outbox-feed' });
    this.recentLimit = options.recentEvents ?? 5000;
    this.batchSize = options.batchSize ?? 500;
    this.head = newest;
    this.floor = newest;
    this.reader = new CoalescingRunner(
      () => this.readToEnd(),
      // The next notification or poll tries again from the same id.
      (error) => this.logger.warn({ err: error }, 'reading the outbox failed'),
    );
    this.poll = setInterval(() => this.reader.run(), options.pollMilliseconds ?? 2000);
    this.poll.unref();
    this.listener = new NotificationListener({
      connectionString: options.databaseUrl,
      channel: OUTBOX_CHANNEL,
      applicationName: LISTENER_APPLICATION_NAME,
      logger: this.logger,
      onWake: () => this.reader.run(),
      onReconnected: () => {
        this.stats.reconnects++;
      },
    });
  }

  /** Opens the pool and the LISTEN connection; live from the newest event written. */
  static async start(options: OutboxFeedOptions): Promise<OutboxFeed> {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 4,
      application_name: 'civicgraph-gateway',
    });
    // An idle pooled connection that dies is replaced on next use; it must not crash us.
    pool.on('error', (error) => options.logger.warn({ err: error }, 'outbox pool connection lost'));
    try {
      const feed = new OutboxFeed(options, await readNewestId(pool), pool);
      await feed.listener.connect();
      return feed;
    } catch (error) {
      await pool.end();
      throw error;
    }
  }

  /** The newest event id this feed has read. */
  get newest(): bigint {
    return this.head;
  }

  /** Closed with the gateway: cursors end instead of waiting. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** The newest id in the outbox now, read from it (it may be ahead of `newest`). */
  newestWritten(): Promise<bigint> {
    return readNewestId(this.pool);
  }

  /** The highest id retention has deleted: resuming from below it would skip events. */
  prunedThrough(): Promise<bigint> {
    return readPrunedThrough(this.pool);
  }

  /**
   * Up to `limit` events after `after`, oldest first: from memory when it has them,
   * else from the outbox. `EventsPruned` when retention has deleted some of them: the
   * horizon is read after the rows (a prune raises it in the transaction that deletes
   * them), so a prune between the two reads is seen, never skipped over.
   */
  async eventsAfter(after: bigint, limit: number): Promise<OutboxEvent[]> {
    if (after >= this.floor) {
      const start = firstAfter(this.recent, after);
      return this.recent.slice(start, start + limit);
    }
    this.stats.catchUpReads++;
    const events = await readEventsAfter(this.pool, after, limit);
    const prunedThrough = await readPrunedThrough(this.pool);
    if (after < prunedThrough) throw new EventsPruned(after, prunedThrough);
    return events;
  }

  /** Resolves once the feed has read an event after `position`. */
  async waitBeyond(position: bigint): Promise<void> {
    while (this.head <= position && !this.closed) await this.advanced.promise;
  }

  /** Backend pid of the LISTEN connection (null while it is reconnecting). */
  get listenerPid(): number | null {
    return this.listener.pid;
  }

  async close() {
    this.closed = true;
    clearInterval(this.poll);
    this.advanced.resolve();
    await this.listener.close();
    await this.reader.stop();
    await this.pool.end();
  }

  private async readToEnd() {
    for (;;) {
      const events = await readEventsAfter(this.pool, this.head, this.batchSize);
      if (events.length === 0 || this.closed) return;
      this.append(events);
      if (events.length < this.batchSize) return;
    }
  }

  private append(events: OutboxEvent[]) {
    this.recent.push(...events);
    this.stats.eventsRead += events.length;
    const excess = this.recent.length - this.recentLimit;
    if (excess > 0) {
      this.floor = this.recent[excess - 1]!.position;
      this.recent.splice(0, excess);
    }
    this.head = events.at(-1)!.position;
    const { resolve } = this.advanced;
    this.advanced = deferred();
    resolve();
  }
}

/** A promise and its resolve (Node 20 has no Promise.withResolvers). */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** Index of the first event with an id after `after` (binary search: ids increase). */
function firstAfter(events: OutboxEvent[], after: bigint): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (events[middle]!.position <= after) low = middle + 1;
    else high = middle;
  }
  return low;
}
