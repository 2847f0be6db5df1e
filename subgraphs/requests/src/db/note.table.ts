import type { Generated, Selectable } from 'kysely';
import type { ActorKind } from './change-log.table';

/** PUBLIC notes are the reporter's status notes; INTERNAL ones are for staff only. */
export const noteVisibilities = ['PUBLIC', 'INTERNAL'] as const;
export type NoteVisibility = (typeof noteVisibilities)[number];

export interface NoteTable {
  id: string;
  serviceRequestId: string;
  workOrderId: string | null;
  visibility: NoteVisibility;
  body: string;
  authorKind: ActorKind;
  authorId: string | null;
  createdAt: Generated<Date>;
}

export type Note = Selectable<NoteTable>;
