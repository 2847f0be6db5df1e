// The changes this tab made itself, so that their live echo does not toast "changed by
// someone else". Two tabs of the same person are two people here on purpose: the other
// tab's change is news to this one.

const KEEP_MS = 60_000;
const own = new Map<string, { version: number; at: number }[]>();

/**
 * Call with the version a mutation of this tab returned (the payload's
 * `workOrder.version`): its event will not be announced as someone else's change.
 */
export function noteOwnChange(workOrderId: string, version: number, now = Date.now()): void {
  const kept = (own.get(workOrderId) ?? []).filter((entry) => now - entry.at < KEEP_MS);
  kept.push({ version, at: now });
  own.set(workOrderId, kept);
}

/**
 * Whether this tab made the change that brought `workOrderId` to `version`. A work
 * order is read when its event is delivered, so a later version than the one noted can
 * arrive for our own change only if someone changed it after us: that one is theirs.
 */
export function isOwnChange(workOrderId: string, version: number, now = Date.now()): boolean {
  return (own.get(workOrderId) ?? []).some(
    (entry) => entry.version === version && now - entry.at < KEEP_MS,
  );
}

/** Forgets every noted change (tests). */
export function forgetOwnChanges(): void {
  own.clear();
}
