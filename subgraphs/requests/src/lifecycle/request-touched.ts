import type { RequestsWrite } from './requests-write';

/**
 * Moves a request's `updated_at` to this write's time: what its reporter and Open311
 * clients see of it changed without its own row changing — a public note (its
 * `status_notes`), work created or finished (its `expected_datetime`). A client that
 * syncs with `updated_after` finds it again. Neither its version (which guards its own
 * fields) nor its audit trail (the note or the work order has its entry) moves.
 */
export async function touchServiceRequest(write: RequestsWrite, requestId: string) {
  await write.trx
    .updateTable('serviceRequests')
    .set({ updatedAt: write.now })
    .where('id', '=', requestId)
    .where('updatedAt', '<', write.now)
    .execute();
}
