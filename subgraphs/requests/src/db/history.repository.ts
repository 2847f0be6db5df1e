import type { Kysely } from 'kysely';
import type { RequestsDatabase } from './database';
import type { NoteVisibility } from './note.table';

/** The audit trail of several work orders at once, each oldest first (by version). */
export function changeLogOfWorkOrders(db: Kysely<RequestsDatabase>, ids: readonly string[]) {
  return db
    .selectFrom('changeLog')
    .selectAll()
    .where('entityType', '=', 'WORK_ORDER')
    .where('entityId', 'in', ids)
    .orderBy('entityId')
    .orderBy('version')
    .execute();
}

/**
 * The audit trail of several requests at once: each request's own entries and its work
 * orders', in the order they were written.
 */
export function changeLogOfServiceRequests(db: Kysely<RequestsDatabase>, ids: readonly string[]) {
  return db
    .selectFrom('changeLog')
    .selectAll()
    .where('serviceRequestId', 'in', ids)
    .orderBy('serviceRequestId')
    .orderBy('id')
    .execute();
}

/** Every note on several work orders, oldest first. */
export function notesOfWorkOrders(db: Kysely<RequestsDatabase>, ids: readonly string[]) {
  return db
    .selectFrom('notes')
    .selectAll()
    .where('workOrderId', 'in', ids)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

/** The notes of one visibility on several requests (theirs and their work's), oldest first. */
export function notesOfServiceRequests(
  db: Kysely<RequestsDatabase>,
  ids: readonly string[],
  visibility: NoteVisibility,
) {
  return db
    .selectFrom('notes')
    .selectAll()
    .where('serviceRequestId', 'in', ids)
    .where('visibility', '=', visibility)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}
