import type { Generated, Selectable } from 'kysely';

/** Who made a change: a staff member, a partner app, or the platform itself. */
export const actorKinds = ['STAFF', 'PARTNER', 'RESIDENT', 'SYSTEM'] as const;
export type ActorKind = (typeof actorKinds)[number];

export type AuditedEntity = 'WORK_ORDER' | 'SERVICE_REQUEST';

/** One field or state that a change moved, as recorded in the audit trail and events. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface ChangeLogTable {
  id: Generated<string>;
  entityType: AuditedEntity;
  entityId: string;
  serviceRequestId: string;
  version: number;
  action: string;
  changes: FieldChange[];
  note: string | null;
  actorKind: ActorKind;
  actorId: string | null;
  at: Generated<Date>;
}

export type ChangeLogEntry = Selectable<ChangeLogTable>;

export interface OutboxEventTable {
  id: Generated<string>;
  type: string;
  action: string;
  entityType: AuditedEntity;
  entityId: string;
  entityVersion: number;
  serviceRequestId: string;
  changed: string[];
  facts: Record<string, unknown>;
  actorKind: ActorKind;
  actorId: string | null;
  occurredAt: Generated<Date>;
}

export type OutboxEvent = Selectable<OutboxEventTable>;
