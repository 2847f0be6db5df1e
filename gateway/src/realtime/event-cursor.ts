import type { EventMatcher } from './event-filters';
import type { OutboxEvent } from './outbox-event';
import type { OutboxFeed } from './outbox-feed';
import { EventsPruned, ResyncRequired } from './resync';

/** Events read per step: a subscriber far behind holds at most this many in memory. */
const PAGE = 200;

/**
 * One subscriber's place in the outbox: the events after its position that its
 * subscription matches, in id order, each once. It reads only when asked for the
 * next event, and it is asked only when the subscriber's socket has taken the last
 * one (graphql-ws awaits each send): a client that stops reading stops its cursor,
 * so its backlog stays in the outbox, not in memory, however far it falls behind.
 * `return()` ends it at once, even while it waits for new events.
 */
export class EventCursor implements AsyncIterableIterator<OutboxEvent | ResyncRequired> {
  private page: OutboxEvent[] = [];
  private stopped = false;
  /** Ends the current wait for new events: set while `next()` waits. */
  private wake: (() => void) | null = null;

  constructor(
    private readonly feed: OutboxFeed,
    private position: bigint,
    private readonly matches: EventMatcher,
  ) {}

  /** The id of the last event the cursor has passed (delivered or not matched). */
  get last(): bigint {
    return this.position;
  }

  async next(): Promise<IteratorResult<OutboxEvent | ResyncRequired>> {
    while (!this.stopped) {
      const event = this.page.shift();
      if (event) {
        this.position = event.position;
        if (this.matches(event)) return { value: event, done: false };
        continue;
      }
      try {
        this.page = await this.feed.eventsAfter(this.position, PAGE);
      } catch (error) {
        if (!(error instanceof EventsPruned)) throw error;
        // Fell behind retention while catching up: say so, then end.
        this.stopped = true;
        const newest = await this.feed.newestWritten();
        return {
          value: ResyncRequired.pruned(error.after, error.prunedThrough, newest),
          done: false,
        };
      }
      if (this.page.length === 0) {
        if (this.feed.isClosed) break;
        await this.waitForNewEvents();
      }
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<OutboxEvent>> {
    this.stopped = true;
    this.page = [];
    this.wake?.();
    return { value: undefined, done: true };
  }

  /**
   * Until the feed reads past the position, or `return()`. Not a race against one
   * promise kept for the cursor's life: each race would add a reaction to it that
   * stays until it settles, some 300 bytes per wait, per subscriber, for as long as
   * the subscription lives.
   */
  private async waitForNewEvents() {
    await new Promise<void>((resolve) => {
      this.wake = resolve;
      this.feed.waitBeyond(this.position).then(resolve);
    });
    this.wake = null;
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}
