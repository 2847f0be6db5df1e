import { builder } from '../builder';
import { type ActorKind, actorKinds } from '../db/change-log.table';
import { StaffRef } from './refs';

export const ChangeActorKindEnum = builder.enumType('ChangeActorKind', {
  values: actorKinds,
  description: 'Who made a change: a staff member, a partner app, a resident, or the platform.',
});

export interface ChangeActorShape {
  kind: ActorKind;
  id: string | null;
}

/** Who made a change, as the audit trail, notes and conflicts name them. */
export const ChangeActorRef = builder.objectRef<ChangeActorShape>('ChangeActor').implement({
  description: 'Who made a change or wrote a note.',
  authScopes: { permission: 'work-orders.read' },
  fields: (t) => ({
    kind: t.expose('kind', { type: ChangeActorKindEnum }),
    id: t.exposeString('id', {
      nullable: true,
      description: "A staff member's or partner client's id; the job's name for SYSTEM.",
    }),
    staff: t.field({
      type: StaffRef,
      nullable: true,
      description: 'The staff member, when a staff member made it (accounts completes it).',
      resolve: (actor) => (actor.kind === 'STAFF' && actor.id ? { id: actor.id } : null),
    }),
  }),
});
