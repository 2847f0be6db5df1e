import type { Kysely, Transaction } from 'kysely';
import type { AuditedEntity, ChangeLogTable, FieldChange } from '../db/change-log.table';
import type { RequestsDatabase } from '../db/database';
import type { Actor } from './actor';
import { CountDeltas } from './counters';
import { appendEvents, type NewEvent } from './outbox';

/** One audited change of a work order or a request, at the entity's new version. */
export type RecordedChange = Pick<
  ChangeLogTable,
  'entityType' | 'entityId' | 'serviceRequestId' | 'version' | 'action' | 'changes'
> & {
  note?: string | null;
  /** The entity's facts after the change (facts.ts), carried by its event. */
  facts: Record<string, unknown>;
};

/** The event type of a change, by entity and by whether it created the entity. */
export const EVENT_TYPES: Record<AuditedEntity, { created: string; updated: string }> = {
  WORK_ORDER: { created: 'WORK_ORDER_CREATED', updated: 'WORK_ORDER_UPDATED' },
  SERVICE_REQUEST: { created: 'SERVICE_REQUEST_CREATED', updated: 'SERVICE_REQUEST_UPDATED' },
};

/**
 * One write to the requests schema, in one transaction: every change it makes is
 * recorded once in the audit trail (now) and once as an outbox event (at commit),
 * and the counters follow. A write that throws keeps nothing: no change without its
 * entry and event, no event without its change.
 */
export class RequestsWrite {
  readonly counts = new CountDeltas();
  /** One clock reading per write: every timestamp it sets agrees. */
  readonly now = new Date();
  private readonly events: NewEvent[] = [];

  constructor(
    /** The pool, for what is read outside the transaction (the cached city). */
    readonly db: Kysely<RequestsDatabase>,
    readonly trx: Transaction<RequestsDatabase>,
    readonly actor: Actor,
  ) {}

  async record(change: RecordedChange) {
    await this.trx
      .insertInto('changeLog')
      .values({
        entityType: change.entityType,
        entityId: change.entityId,
        serviceRequestId: change.serviceRequestId,
        version: change.version,
        action: change.action,
        changes: JSON.stringify(change.changes) as unknown as FieldChange[],
        note: change.note ?? null,
        actorKind: this.actor.kind,
        actorId: this.actor.id,
        at: this.now,
      })
      .execute();
    const types = EVENT_TYPES[change.entityType];
    this.events.push({
      type: change.action === 'CREATE' ? types.created : types.updated,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      entityVersion: change.version,
      serviceRequestId: change.serviceRequestId,
      changed: change.changes.map((c) => c.field),
      facts: change.facts,
      actorKind: this.actor.kind,
      actorId: this.actor.id,
    });
  }

  /** Counters, then events: the last statements, so their locks are held briefly. */
  async finish() {
    await this.counts.apply(this.trx);
    await appendEvents(this.trx, this.events.splice(0));
  }
}

/** Runs `work` as one write (one transaction) on behalf of `actor`. */
export function writeRequests<T>(
  db: Kysely<RequestsDatabase>,
  actor: Actor,
  work: (write: RequestsWrite) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const write = new RequestsWrite(db, trx, actor);
    const result = await work(write);
    await write.finish();
    return result;
  });
}

/** The fields of `after` that differ from `before`, as audit entries. */
export function fieldChanges<T extends object>(
  before: T,
  after: T,
  fields: ReadonlyArray<keyof T & string>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const from = comparable(before[field]);
    const to = comparable(after[field]);
    if (from !== to) changes.push({ field, from, to });
  }
  return changes;
}

function comparable(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}
