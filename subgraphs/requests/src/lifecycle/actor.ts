import type { Caller } from '@civicgraph/platform';
import type { ActorKind } from '../db/change-log.table';

/** Who a change is recorded against, in the audit trail, on events and on the row. */
export interface Actor {
  kind: ActorKind;
  /** A staff member's or resident's id, a partner client's id; the job's name for SYSTEM. */
  id: string | null;
}

/** The platform's own jobs (the overdue scheduler) change work too, under their name. */
export function systemActor(job: string): Actor {
  return { kind: 'SYSTEM', id: job };
}

/** The actor behind a caller; only callers with a write permission ever get here. */
export function actorOf(caller: Caller): Actor {
  switch (caller.kind) {
    case 'staff':
      return { kind: 'STAFF', id: caller.id };
    case 'partner':
      return { kind: 'PARTNER', id: caller.id };
    case 'resident':
      return { kind: 'RESIDENT', id: caller.id };
    default:
      return { kind: 'SYSTEM', id: caller.kind };
  }
}
