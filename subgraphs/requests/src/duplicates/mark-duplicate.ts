import type { ServiceRequest } from '../db/service-request.table';
import { finishedWorkOrderStatuses } from '../db/work-order.table';
import { ChangeRefused, invalidInput } from '../lifecycle/change-refused';
import { addNote } from '../lifecycle/notes';
import { updateRequest } from '../lifecycle/request-status';
import type { RequestsWrite } from '../lifecycle/requests-write';
import { changeWorkOrder } from '../lifecycle/work-order-change';

export interface MarkDuplicateInput {
  id: string;
  originalId: string;
  expectedVersion: number;
}

function lockRequests(write: RequestsWrite, ids: string[]) {
  // In id order, so two triagers marking a pair each way round cannot deadlock.
  return write.trx
    .selectFrom('serviceRequests')
    .selectAll()
    .where('id', 'in', ids)
    .orderBy('id')
    .forUpdate()
    .execute();
}

async function conflict(write: RequestsWrite, request: ServiceRequest, expectedVersion: number) {
  const last = await write.trx
    .selectFrom('changeLog')
    .select(['actorKind', 'actorId', 'at'])
    .where('entityType', '=', 'SERVICE_REQUEST')
    .where('entityId', '=', request.id)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return new ChangeRefused(
    'CONFLICT',
    `Request ${request.number} changed since version ${expectedVersion}: it is at version ${request.version}`,
    {
      id: request.id,
      expectedVersion,
      currentVersion: request.version,
      lastChangedBy: last ? { kind: last.actorKind, id: last.actorId } : null,
      lastChangedAt: request.updatedAt.toISOString(),
    },
  );
}

/**
 * Marks request `id` as a duplicate of `originalId`, linked to the root original (so
 * every duplicate points at a request that is not one). The duplicate's own duplicates
 * move to that root; its open work orders are cancelled with a note, and it stays OPEN
 * while the original is (`syncRequestStatus`), closing with it, with a public note.
 *
 * Refused: itself, a cycle (the original is already this request's duplicate), another
 * service (closing one would close a different problem), a closed original or a closed
 * duplicate, a request already marked (unmark first: re-pointing silently would hide a
 * triage mistake), and a stale `expectedVersion` (CONFLICT).
 */
export async function markDuplicate(
  write: RequestsWrite,
  input: MarkDuplicateInput,
): Promise<{ duplicate: ServiceRequest; original: ServiceRequest }> {
  const { id, originalId, expectedVersion } = input;
  if (id === originalId) throw invalidInput('originalId', 'A request cannot duplicate itself');
  const rows = await lockRequests(write, [id, originalId]);
  const duplicate = rows.find((r) => r.id === id);
  const given = rows.find((r) => r.id === originalId);
  if (!duplicate) throw new ChangeRefused('NOT_FOUND', `Request ${id} was not found`, { id });
  if (!given) {
    throw new ChangeRefused('NOT_FOUND', `Request ${originalId} was not found`, {
      id: originalId,
      field: 'originalId',
    });
  }
  if (duplicate.version !== expectedVersion)
    throw await conflict(write, duplicate, expectedVersion);
  if (duplicate.duplicateOfId) {
    throw invalidInput('id', `Request ${duplicate.number} is already marked as a duplicate`);
  }
  let original = given;
  if (given.duplicateOfId) {
    if (given.duplicateOfId === duplicate.id) {
      throw invalidInput(
        'originalId',
        `Request ${given.number} is itself a duplicate of ${duplicate.number}`,
      );
    }
    // Duplicates always point at a root, so one step reaches it.
    const [root] = await lockRequests(write, [given.duplicateOfId]);
    original = root!;
  }
  if (original.serviceId !== duplicate.serviceId) {
    throw invalidInput('originalId', 'A duplicate must be of the same service as its original');
  }
  if (original.status !== 'OPEN') {
    throw invalidInput('originalId', `Request ${original.number} is closed`);
  }
  if (duplicate.status !== 'OPEN') {
    throw invalidInput('id', `Request ${duplicate.number} is closed`);
  }
  const root = original;
  const note = `Duplicate of ${root.number}`;
  await updateRequest(write, duplicate, {
    action: 'MARK_DUPLICATE',
    set: { duplicateOfId: root.id },
    note,
  });
  const children = await write.trx
    .selectFrom('serviceRequests')
    .selectAll()
    .where('duplicateOfId', '=', duplicate.id)
    .orderBy('id')
    .forUpdate()
    .execute();
  for (const child of children) {
    await updateRequest(write, child, {
      action: 'MARK_DUPLICATE',
      set: { duplicateOfId: root.id },
      note: `${note}, as ${duplicate.number} is`,
    });
  }
  const openWork = await write.trx
    .selectFrom('workOrders')
    .select(['id', 'version'])
    .where('serviceRequestId', '=', duplicate.id)
    .where('status', 'not in', finishedWorkOrderStatuses)
    .orderBy('id')
    .forUpdate()
    .execute();
  for (const workOrder of openWork) {
    await changeWorkOrder(write, workOrder.id, workOrder.version, () => ({
      action: 'CANCEL',
      transition: 'CANCEL',
      note: `${note}: its work order does the job`,
      // The request stays open with its original: the note below tells the reporter.
      reply: false,
    }));
  }
  await addNote(write, {
    serviceRequestId: duplicate.id,
    visibility: 'PUBLIC',
    // In the reporter's language: this is what they read about their request.
    body:
      duplicate.locale === 'es'
        ? `Otra solicitud, ${root.number}, reporta el mismo problema; esta se cerrará con ella.`
        : `Another request, ${root.number}, reports the same problem; this one will close with it.`,
  });
  const [marked] = await lockRequests(write, [duplicate.id]);
  return { duplicate: marked!, original: root };
}
