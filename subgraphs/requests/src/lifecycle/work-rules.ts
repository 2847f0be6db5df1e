import { type Caller, type PeerGraph, permits } from '@civicgraph/platform';
import type { WorkOrder } from '../db/work-order.table';
import { ChangeRefused } from './change-refused';
import { lookUpStaffAndCrews } from './staff-directory';

/** Checks, on the locked current row, that the caller may do field work on it. */
export type WorkGate = (workOrder: WorkOrder) => void;

const ANY_WORK: WorkGate = () => {};

/**
 * Who may start, hold, resume and complete which work. Holders of `work-orders.work`
 * who also supervise (SUPERVISOR) may work any work order; everyone else who holds
 * it (FIELD_WORKER) only work assigned to them in person or to their crew. The
 * caller's crew is read from accounts once, before the write's transaction; the
 * work order's own assignment is checked on its locked row, so a reassignment that
 * commits first is seen.
 */
export async function workGateFor(peers: PeerGraph, caller: Caller): Promise<WorkGate> {
  if (permits(caller, 'work-orders.supervise') || caller.kind !== 'staff') return ANY_WORK;
  const { staff } = await lookUpStaffAndCrews(peers, caller, { staffIds: [caller.id] });
  const crewId = staff.get(caller.id)?.crewId ?? null;
  return (workOrder) => {
    if (workOrder.assigneeId === caller.id) return;
    if (crewId !== null && workOrder.crewId === crewId) return;
    throw new ChangeRefused(
      'FORBIDDEN',
      `Work order ${workOrder.number} is assigned neither to you nor to your crew: field workers may only work on their own or their crew's work orders`,
      { id: workOrder.id },
    );
  };
}
