import type { DiffField } from './actions-messages';
import type { ActionableWorkOrder } from './work-order-actions.graphql';

/** One field that differs between what the person saw and the fresh work order. */
export interface FieldDifference {
  field: DiffField;
  /** Raw values (ids are shown by name: see `before`/`after` names). */
  before: string | null;
  after: string | null;
}

function crewName(w: ActionableWorkOrder) {
  return w.crew ? w.crew.name : null;
}
function assigneeName(w: ActionableWorkOrder) {
  return w.assignee ? w.assignee.name : null;
}

// Compared by identity (ids), shown by value (names): two crews may share a name.
const FIELDS: Array<{
  field: DiffField;
  key: (w: ActionableWorkOrder) => string | null;
  value: (w: ActionableWorkOrder) => string | null;
}> = [
  { field: 'status', key: (w) => w.status, value: (w) => w.status },
  { field: 'priority', key: (w) => w.priority, value: (w) => w.priority },
  { field: 'crew', key: (w) => w.crew?.id ?? null, value: crewName },
  { field: 'assignee', key: (w) => w.assignee?.id ?? null, value: assigneeName },
  { field: 'dueAt', key: (w) => w.dueAt, value: (w) => w.dueAt },
  { field: 'holdReason', key: (w) => w.holdReason, value: (w) => w.holdReason },
  { field: 'resolutionCode', key: (w) => w.resolutionCode, value: (w) => w.resolutionCode },
];

/** What changed between the version the person saw and the fresh one, field by field. */
export function diffWorkOrder(
  seen: ActionableWorkOrder,
  fresh: ActionableWorkOrder,
): FieldDifference[] {
  return FIELDS.filter(({ key }) => key(seen) !== key(fresh)).map(({ field, value }) => ({
    field,
    before: value(seen),
    after: value(fresh),
  }));
}
