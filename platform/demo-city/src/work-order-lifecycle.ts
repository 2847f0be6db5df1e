/**
 * Where a work order stands at `now`: its whole timeline (assigned, started, maybe on
 * hold, completed, closed — or cancelled) is drawn up front, relative to the service's
 * SLA, and then read at `now`. Deriving status from a timeline keeps every timestamp
 * consistent, and makes young orders mostly open and old ones mostly closed without
 * special cases.
 */
import type { Random } from './random';
import type { WorkOrderStatus } from './types';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

export interface Lifecycle {
  status: WorkOrderStatus;
  createdAt: number;
  updatedAt: number;
  completedAt: number | null;
  closedAt: number | null;
  /** Whether a crew had been assigned (cancelled orders may have been cancelled before). */
  assigned: boolean;
}

/** Share of orders that get cancelled (duplicates, no problem found, private property). */
const CANCEL_RATE = 0.04;
/** Share of orders that wait on parts, a contractor or another utility for a while. */
const HOLD_RATE = 0.1;

export function simulateLifecycle(
  random: Random,
  requestedAt: number,
  now: number,
  slaHours: number,
): Lifecycle {
  const sla = slaHours * HOUR_MS;
  const createdAt = Math.min(now, requestedAt + random.range(0, 20) * MINUTE_MS);
  // Some orders wait in the dispatch queue much longer than others: the dispatcher's inbox.
  const queued = random.chance(0.15) ? random.range(0.15, 0.6) : random.range(0.02, 0.15);
  const assignAt = createdAt + random.range(2, 30) * MINUTE_MS + sla * queued;
  const startAt = assignAt + sla * random.range(0.02, 0.2);
  const hold = random.chance(HOLD_RATE);
  const holdStart = startAt + sla * random.range(0.02, 0.2);
  const holdEnd = holdStart + sla * random.range(0.3, 1.5);
  // Most work finishes inside the SLA; a tail runs late and a few orders sit in the
  // backlog for weeks: the open work and SLA breaches supervisors look for.
  const roll = random.float();
  const factor =
    roll < 0.75 ? random.range(0.3, 1) : roll < 0.92 ? random.range(1, 3) : random.range(3, 20);
  const completeAt = Math.max(createdAt + sla * factor, (hold ? holdEnd : startAt) + sla * 0.05);
  const closeAt = completeAt + random.range(1, 72) * HOUR_MS;
  const cancel = random.chance(CANCEL_RATE);
  const cancelAt = createdAt + sla * random.range(0.01, 0.6);

  const created = seconds(createdAt);
  if (cancel && cancelAt <= now && cancelAt < completeAt) {
    const at = Math.max(created, seconds(cancelAt));
    return {
      status: 'CANCELLED',
      createdAt: created,
      updatedAt: at,
      completedAt: null,
      closedAt: at,
      assigned: cancelAt >= assignAt,
    };
  }
  const open = (status: WorkOrderStatus, updatedAt: number, assigned: boolean): Lifecycle => ({
    status,
    createdAt: created,
    updatedAt: Math.max(created, seconds(updatedAt)),
    completedAt: null,
    closedAt: null,
    assigned,
  });
  if (now < assignAt) return open('NEW', createdAt, false);
  if (now < startAt) return open('ASSIGNED', assignAt, true);
  if (now < completeAt) {
    if (hold && now >= holdStart && now < holdEnd) return open('ON_HOLD', holdStart, true);
    return open('IN_PROGRESS', hold && now >= holdEnd ? holdEnd : startAt, true);
  }
  const completedAt = seconds(completeAt);
  if (now < closeAt) {
    return {
      status: 'COMPLETED',
      createdAt: created,
      updatedAt: completedAt,
      completedAt,
      closedAt: null,
      assigned: true,
    };
  }
  const closedAt = seconds(closeAt);
  return {
    status: 'CLOSED',
    createdAt: created,
    updatedAt: closedAt,
    completedAt,
    closedAt,
    assigned: true,
  };
}

/** Whole seconds, as a database or an API would show them. */
function seconds(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}
