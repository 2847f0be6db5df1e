import type { WorkOrder } from '../db/work-order.table';
import { actorOf } from './actor';
import { type AssignmentInput, assignStep, resolveAssignment } from './assignment';
import { type ChangeRefusalCode, ChangeRefused, invalidInput } from './change-refused';
import { type RequestsWrite, writeRequests } from './requests-write';
import { changeWorkOrder } from './work-order-change';
import {
  checkedWorkOrderId,
  type LifecycleContext,
  type WorkOrderTarget,
} from './work-order-commands';

/** At most this many work orders per bulk assignment: one transaction holds their locks. */
export const BULK_ASSIGN_LIMIT = 500;

/** Why one item of a bulk was not applied; NOT_APPLIED: another item was refused. */
export interface BulkItemError {
  code: ChangeRefusalCode | 'NOT_APPLIED';
  message: string;
  details: Record<string, unknown>;
}

export interface BulkItemResult {
  id: string;
  /** The work order as assigned; null when nothing was applied. */
  workOrder: WorkOrder | null;
  error: BulkItemError | null;
}

export interface BulkAssignResult {
  applied: boolean;
  /** One per item, in the order given. */
  results: BulkItemResult[];
}

/** Thrown out of the write to roll every item back once all were tried. */
class BulkRefused extends Error {
  constructor(readonly refusals: Map<string, ChangeRefused>) {
    super('bulk assignment refused');
  }
}

/**
 * Assigns up to 500 work orders to one crew and/or person in ONE transaction: all or
 * nothing. Every item is tried (a refusal throws before its row is written, so the
 * transaction stays usable) so that the answer names every item that was refused and
 * why; then, if any was, the whole write rolls back and the others say they were not
 * applied because of it. Rows are locked up front in id order (`lockInOrder`), so
 * concurrent bulks queue rather than deadlock. The crew and person are read from
 * accounts once.
 */
export async function bulkAssignWorkOrders(
  ctx: LifecycleContext,
  items: readonly WorkOrderTarget[],
  input: AssignmentInput,
): Promise<BulkAssignResult> {
  if (items.length === 0 || items.length > BULK_ASSIGN_LIMIT) {
    throw invalidInput('items', `Give between 1 and ${BULK_ASSIGN_LIMIT} work orders`, {
      limit: BULK_ASSIGN_LIMIT,
    });
  }
  for (const [i, item] of items.entries()) checkedWorkOrderId(item.id, `items[${i}].id`);
  const ids = items.map((item) => item.id.toLowerCase());
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw invalidInput('items', `Work order ${repeated} is named twice`);
  const assignment = await resolveAssignment(ctx.peers, ctx.caller, input);
  const ordered = items
    .map((item, i) => ({ ...item, id: ids[i]! }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  try {
    const assigned = await writeRequests(ctx.db, actorOf(ctx.caller), async (write) => {
      await lockInOrder(write, ids);
      const done = new Map<string, WorkOrder>();
      const refusals = new Map<string, ChangeRefused>();
      for (const item of ordered) {
        try {
          done.set(
            item.id,
            await changeWorkOrder(write, item.id, item.expectedVersion, (current) =>
              assignStep(assignment, current),
            ),
          );
        } catch (error) {
          if (!(error instanceof ChangeRefused)) throw error;
          refusals.set(item.id, error);
        }
      }
      if (refusals.size > 0) throw new BulkRefused(refusals);
      return done;
    });
    return {
      applied: true,
      results: ids.map((id) => ({ id, workOrder: assigned.get(id)!, error: null })),
    };
  } catch (error) {
    if (!(error instanceof BulkRefused)) throw error;
    return { applied: false, results: ids.map((id) => notApplied(id, error.refusals)) };
  }
}

/**
 * Locks the work orders, then their requests, each in id order, before changing any.
 * A single change locks a work order, then its request; two bulks that each took their
 * requests in item order could wait on each other's requests (work orders split from
 * one request) and deadlock. Locked up front in one order, they queue instead.
 */
async function lockInOrder(write: RequestsWrite, ids: readonly string[]) {
  await write.trx
    .selectFrom('workOrders')
    .select('id')
    .where('id', 'in', ids)
    .orderBy('id')
    .forUpdate()
    .execute();
  await write.trx
    .selectFrom('serviceRequests')
    .select('id')
    .where('id', 'in', (eb) =>
      eb.selectFrom('workOrders').select('serviceRequestId').where('id', 'in', ids),
    )
    .orderBy('id')
    .forUpdate()
    .execute();
}

function notApplied(id: string, refusals: Map<string, ChangeRefused>): BulkItemResult {
  const own = refusals.get(id);
  if (own) {
    return {
      id,
      workOrder: null,
      error: { code: own.code, message: own.message, details: own.details },
    };
  }
  const refused = [...refusals.keys()];
  return {
    id,
    workOrder: null,
    error: {
      code: 'NOT_APPLIED',
      message: `Not applied: the bulk assignment is all or nothing, and ${refused.length === 1 ? `work order ${refused[0]} was` : `${refused.length} work orders were`} refused`,
      details: { refusedIds: refused },
    },
  };
}
