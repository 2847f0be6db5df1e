import type { NoteVisibility } from '../db/note.table';
import { touchServiceRequest } from './request-touched';
import type { RequestsWrite } from './requests-write';

export interface NewNote {
  serviceRequestId: string;
  /** The work order it is about, if any. */
  workOrderId?: string | null;
  visibility: NoteVisibility;
  body: string;
}

/**
 * Keeps a note beside a request, written by the write's actor at the write's time. A
 * public note is news to the reporter: the request counts as updated.
 */
export async function addNote(write: RequestsWrite, note: NewNote): Promise<void> {
  await write.trx
    .insertInto('notes')
    .values({
      id: crypto.randomUUID(),
      serviceRequestId: note.serviceRequestId,
      workOrderId: note.workOrderId ?? null,
      visibility: note.visibility,
      body: note.body,
      authorKind: write.actor.kind,
      authorId: write.actor.id,
      createdAt: write.now,
    })
    .execute();
  if (note.visibility === 'PUBLIC') await touchServiceRequest(write, note.serviceRequestId);
}
