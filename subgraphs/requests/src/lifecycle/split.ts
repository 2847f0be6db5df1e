import type { WorkOrder, WorkOrderPriority } from '../db/work-order.table';
import { actorOf } from './actor';
import { changeText, TEXT_LIMITS } from './change-text';
import { createWorkOrder } from './create';
import { writeRequests } from './requests-write';
import { changeWorkOrder } from './work-order-change';
import {
  checkedWorkOrderId,
  type LifecycleContext,
  type WorkOrderTarget,
} from './work-order-commands';

export interface SplitInput {
  summary: string;
  /** Unless said, the split-off work is as urgent as the work it came from. */
  priority?: WorkOrderPriority | null;
}

/**
 * Splits more work off a work order: a second work order for the same request, routed
 * like the first (`createWorkOrder`: department, SLA, due time), recorded on both. The
 * original's version is checked and bumped (a SPLIT entry naming the new one), so a
 * dispatcher splits the work they saw, not work someone changed meanwhile.
 */
export async function splitWorkOrder(
  ctx: LifecycleContext,
  target: WorkOrderTarget,
  input: SplitInput,
): Promise<{ original: WorkOrder; split: WorkOrder }> {
  const id = checkedWorkOrderId(target.id);
  const summary = changeText('summary', input.summary, TEXT_LIMITS.summary);
  return writeRequests(ctx.db, actorOf(ctx.caller), async (write) => {
    let split: WorkOrder | undefined;
    const original = await changeWorkOrder(write, id, target.expectedVersion, async (current) => {
      const request = await write.trx
        .selectFrom('serviceRequests')
        .selectAll()
        .where('id', '=', current.serviceRequestId)
        .executeTakeFirstOrThrow();
      const service = await write.trx
        .selectFrom('services')
        .selectAll()
        .where('id', '=', current.serviceId)
        .executeTakeFirstOrThrow();
      split = await createWorkOrder(write, {
        request,
        service,
        summary,
        priority: input.priority ?? current.priority,
        assetId: current.assetId,
        note: `Split from work order ${current.number}`,
      });
      return { action: 'SPLIT', note: `Split off work order ${split.number}: ${summary}` };
    });
    return { original, split: split! };
  });
}
