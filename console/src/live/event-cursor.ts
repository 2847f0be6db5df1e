/** Where the cursor survives a reload of the tab (sessionStorage in the console). */
export interface CursorStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const KEY = 'civicgraph.live.lastEventId';
const EVENT_ID = /^\d{1,19}$/;

/** Outbox ids are 64-bit integers sent as strings: compare them as such, not as text. */
export function isAfter(eventId: string, than: string | null): boolean {
  if (than === null) return true;
  return BigInt(eventId) > BigInt(than);
}

/**
 * The id of the last event the console applied: sent as `lastEventId` on every
 * (re)connect so that the gateway replays what was missed, kept in the tab's storage
 * so that a reload resumes too. Storage that refuses (private mode, quota) leaves the
 * cursor in memory only.
 */
export class EventCursor {
  private value: string | null;

  constructor(private readonly storage: CursorStorage | null = null) {
    let stored: string | null = null;
    try {
      stored = storage?.getItem(KEY) ?? null;
    } catch {
      stored = null;
    }
    // Anything else would have the gateway refuse connection_init (4400) forever.
    this.value = stored !== null && EVENT_ID.test(stored) ? stored : null;
  }

  get(): string | null {
    return this.value;
  }

  /** Moves to `eventId` (never backwards: a replayed event does not rewind the cursor). */
  advance(eventId: string): void {
    if (!EVENT_ID.test(eventId) || !isAfter(eventId, this.value)) return;
    this.set(eventId);
  }

  /** Sets the cursor as is: after RESYNC_REQUIRED, to the position the gateway gave. */
  set(eventId: string | null): void {
    this.value = eventId !== null && EVENT_ID.test(eventId) ? eventId : null;
    try {
      if (this.value === null) this.storage?.removeItem(KEY);
      else this.storage?.setItem(KEY, this.value);
    } catch {
      // Memory only: the next reload starts live instead of resuming.
    }
  }
}
