import type { ServiceRequest } from '../db/service-request.table';
import { serviceRequestFacts } from './facts';
import { addNote } from './notes';
import type { RequestsWrite } from './requests-write';
import { fieldChanges } from './requests-write';
import { requestStatusFor } from './state-machine';

/**
 * Brings a request's public status in line with its work: OPEN while any work order is
 * open, CLOSED once all are finished. A duplicate stays OPEN while its original is, and
 * closing an original closes its open duplicates with a public note, so the residents
 * who reported the same thing all hear that it was dealt with.
 */
export async function syncRequestStatus(write: RequestsWrite, requestId: string): Promise<void> {
  const { trx } = write;
  const request = await trx
    .selectFrom('serviceRequests')
    .selectAll()
    .where('id', '=', requestId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const workOrders = await trx
    .selectFrom('workOrders')
    .select('status')
    .where('serviceRequestId', '=', requestId)
    .execute();
  let status = requestStatusFor(workOrders.map((w) => w.status));
  if (request.duplicateOfId) {
    const original = await trx
      .selectFrom('serviceRequests')
      .select('status')
      .where('id', '=', request.duplicateOfId)
      .executeTakeFirstOrThrow();
    if (original.status === 'OPEN') status = 'OPEN';
  }
  if (status === request.status) return;
  await updateRequest(write, request, {
    action: status === 'CLOSED' ? 'CLOSE' : 'REOPEN',
    set: { status, closedAt: status === 'CLOSED' ? write.now : null },
  });
  if (status !== 'CLOSED') return;
  const duplicates = await trx
    .selectFrom('serviceRequests')
    .select(['id', 'number', 'locale'])
    .where('duplicateOfId', '=', requestId)
    .where('status', '=', 'OPEN')
    .orderBy('id')
    .execute();
  for (const duplicate of duplicates) {
    await addNote(write, {
      serviceRequestId: duplicate.id,
      visibility: 'PUBLIC',
      // In the reporter's language: this is what they read about their request.
      body:
        duplicate.locale === 'es'
          ? `Cerrada junto con la solicitud ${request.number}, que reportó el mismo problema.`
          : `Closed together with request ${request.number}, which reported the same problem.`,
    });
    await syncRequestStatus(write, duplicate.id);
  }
}

/** The audited fields of a request. */
const AUDITED_REQUEST_FIELDS = [
  'status',
  'closedAt',
  'duplicateOfId',
  'serviceId',
  'description',
] as const satisfies ReadonlyArray<keyof ServiceRequest>;

/**
 * The one way a request row changes after intake: bumps its version and records the
 * change (audit entry and event) in the same write.
 */
export async function updateRequest(
  write: RequestsWrite,
  current: ServiceRequest,
  change: {
    action: string;
    set: Partial<Pick<ServiceRequest, 'status' | 'closedAt' | 'duplicateOfId' | 'description'>>;
    note?: string | null;
  },
): Promise<ServiceRequest> {
  const updated = await write.trx
    .updateTable('serviceRequests')
    .set({ ...change.set, version: current.version + 1, updatedAt: write.now })
    .where('id', '=', current.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await write.record({
    entityType: 'SERVICE_REQUEST',
    entityId: current.id,
    serviceRequestId: current.id,
    version: updated.version,
    action: change.action,
    changes: fieldChanges(current, updated, AUDITED_REQUEST_FIELDS),
    note: change.note ?? null,
    facts: serviceRequestFacts(updated),
  });
  return updated;
}
