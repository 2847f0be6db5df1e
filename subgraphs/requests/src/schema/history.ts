import { builder } from '../builder';
import type { ChangeLogEntry, FieldChange } from '../db/change-log.table';
import { changeLogOfServiceRequests, changeLogOfWorkOrders } from '../db/history.repository';
import { ChangeActorRef } from './change-actor';
import { ServiceRequestRef, WorkOrderRef } from './refs';

const READ = { permission: 'work-orders.read' } as const;

export const AuditedEntityEnum = builder.enumType('AuditedEntity', {
  values: ['WORK_ORDER', 'SERVICE_REQUEST'] as const,
});

/** A value as the audit trail shows it: text as is, anything else as JSON. */
function shown(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const FieldChangeRef = builder.objectRef<FieldChange>('FieldChange').implement({
  description: 'One field or the status, moved by a change: from → to (null: none).',
  authScopes: READ,
  fields: (t) => ({
    field: t.exposeString('field'),
    from: t.string({ nullable: true, resolve: (change) => shown(change.from) }),
    to: t.string({ nullable: true, resolve: (change) => shown(change.to) }),
  }),
});

const HistoryEntryRef = builder.objectRef<ChangeLogEntry>('HistoryEntry').implement({
  description: 'One audited change of a work order or a request: who, when, what, and why.',
  authScopes: READ,
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    action: t.exposeString('action', {
      description: 'CREATE, ASSIGN, START, HOLD, RESUME, COMPLETE, CLOSE, CANCEL, REOPEN, …',
    }),
    actor: t.field({
      type: ChangeActorRef,
      resolve: (entry) => ({ kind: entry.actorKind, id: entry.actorId }),
    }),
    changes: t.field({ type: [FieldChangeRef], resolve: (entry) => entry.changes }),
    note: t.exposeString('note', {
      nullable: true,
      description: 'The reason, resolution or note given with the change.',
    }),
    version: t.exposeInt('version', { description: "The entity's version after the change." }),
    entityType: t.expose('entityType', { type: AuditedEntityEnum }),
    entityId: t.exposeID('entityId'),
  }),
});

builder.objectFields(WorkOrderRef, (t) => ({
  history: t.loadableGroup({
    type: HistoryEntryRef,
    authScopes: READ,
    description: 'Every change of the work order, oldest first.',
    load: (ids: string[], { db }) => changeLogOfWorkOrders(db, ids),
    group: (entry) => (entry as ChangeLogEntry).entityId,
    resolve: (workOrder) => workOrder.id,
  }),
}));

builder.objectFields(ServiceRequestRef, (t) => ({
  history: t.loadableGroup({
    type: HistoryEntryRef,
    // Staff only: partners read requests but not the work behind them.
    nullable: true,
    authScopes: READ,
    description:
      'Every change of the request and of its work orders, oldest first; null for callers who may not read work orders.',
    load: (ids: string[], { db }) => changeLogOfServiceRequests(db, ids),
    group: (entry) => (entry as ChangeLogEntry).serviceRequestId,
    resolve: (request) => request.id,
  }),
}));
