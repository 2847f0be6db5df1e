import { builder } from '../builder';
import { notesOfServiceRequests, notesOfWorkOrders } from '../db/history.repository';
import { type Note, noteVisibilities } from '../db/note.table';
import { ChangeActorRef } from './change-actor';
import { ServiceRequestRef, WorkOrderRef } from './refs';
import { readableRequest } from './service-request';

/**
 * Granted to the resident who reported a request, for its public notes. Note's type
 * rule reads the grants of the field above the request (as Staff's does on sign-in),
 * so both Resident.serviceRequests and ServiceRequest.publicNotes grant it.
 */
export const REPORTING_RESIDENT = 'reportingResident';

export const NoteVisibilityEnum = builder.enumType('NoteVisibility', {
  values: noteVisibilities,
  description: 'PUBLIC: the reporter sees it in the status of their request; INTERNAL: staff only.',
});

export const NoteRef = builder.objectRef<Note>('Note').implement({
  description: 'A note on a request or its work: a public status note or an internal one.',
  // Public notes are what the reporter reads; internal ones are reached only through
  // fields that need work-orders.read. The resident who reported a request reads its
  // public notes through the grant of publicNotes.
  authScopes: { $any: { permission: 'requests.read', $granted: REPORTING_RESIDENT } },
  fields: (t) => ({
    id: t.exposeID('id'),
    body: t.exposeString('body'),
    visibility: t.expose('visibility', { type: NoteVisibilityEnum }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    author: t.field({
      type: ChangeActorRef,
      nullable: true,
      authScopes: { permission: 'work-orders.read' },
      description: 'Who wrote it; staff only.',
      resolve: (note) => ({ kind: note.authorKind, id: note.authorId }),
    }),
  }),
});

const group = (note: unknown) => (note as Note).serviceRequestId;

builder.objectFields(WorkOrderRef, (t) => ({
  notes: t.loadableGroup({
    type: NoteRef,
    authScopes: { permission: 'work-orders.read' },
    description: 'Notes written on this work order, public and internal, oldest first.',
    load: (ids: string[], { db }) => notesOfWorkOrders(db, ids),
    group: (note) => (note as Note).workOrderId!,
    resolve: (workOrder) => workOrder.id,
  }),
}));

builder.objectFields(ServiceRequestRef, (t) => ({
  publicNotes: t.loadableGroup({
    type: NoteRef,
    // The reporting resident reads these: they are written for them.
    authScopes: (request) => readableRequest(request),
    grantScopes: (request, _args, { caller }) =>
      caller.kind === 'resident' && caller.id === request.reporterResidentId
        ? [REPORTING_RESIDENT]
        : [],
    description: 'Status notes the reporter sees, on the request and its work, oldest first.',
    load: (ids: string[], { db }) => notesOfServiceRequests(db, ids, 'PUBLIC'),
    group,
    resolve: (request) => request.id,
  }),
  internalNotes: t.loadableGroup({
    type: NoteRef,
    nullable: true,
    authScopes: { permission: 'work-orders.read' },
    description: 'Staff-only notes on the request and its work, oldest first; null for others.',
    load: (ids: string[], { db }) => notesOfServiceRequests(db, ids, 'INTERNAL'),
    group,
    resolve: (request) => request.id,
  }),
}));
