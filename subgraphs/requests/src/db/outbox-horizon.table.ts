import type { Generated } from 'kysely';

/**
 * The outbox's one-row retention watermark (migration 0008): every event with an id at
 * or below `prunedThrough` may be gone, so a reader that last saw a lower id resyncs.
 */
export interface OutboxHorizonTable {
  /** Always true: the row's key, so there is only ever one. */
  id: Generated<boolean>;
  /** The highest event id ever deleted; 0 before the first prune. A bigint read as a number (platform's int8 parser). */
  prunedThrough: Generated<number>;
  /** When the last prune deleted anything; null before the first. */
  prunedAt: Date | null;
}
