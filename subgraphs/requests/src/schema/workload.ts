import { badUserInput } from '@civicgraph/platform';
import { builder } from '../builder';
import {
  type AssigneeOpenWork,
  type CrewWorkload,
  openWorkByAssignees,
  workloadOfCrews,
} from '../db/workload.repository';
import { CrewRef, StaffRef, WorkOrderRef } from './refs';
import { WorkOrderStatusCount } from './work-order-stats';

const readable = { permission: 'work-orders.read' } as const;
const MAX_FIRST = 100;

const StaffOpenWorkOrders = builder.objectRef<AssigneeOpenWork>('StaffOpenWorkOrders').implement({
  description: 'Open work assigned to a person, soonest due first.',
  authScopes: readable,
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount'),
    nodes: t.field({ type: [WorkOrderRef], resolve: (work) => work.nodes }),
  }),
});

const CrewWorkloadRef = builder.objectRef<CrewWorkload>('CrewWorkload').implement({
  description: "A crew's open work.",
  authScopes: readable,
  fields: (t) => ({
    open: t.exposeInt('open'),
    overdue: t.exposeInt('overdue', { description: 'Open and flagged overdue.' }),
    byStatus: t.field({ type: [WorkOrderStatusCount], resolve: (load) => load.byStatus }),
  }),
});

// Both batched: every Staff (or Crew) of a response is read in one statement.
builder.objectFields(StaffRef, (t) => ({
  openWorkOrders: t.loadable({
    type: StaffOpenWorkOrders,
    nullable: true,
    authScopes: readable,
    description: 'Work assigned to this person and not finished; null without work-orders.read.',
    // Loaders per path: each use of the field has its own `first`.
    byPath: true,
    args: {
      first: t.arg.int({ defaultValue: 20, description: `At most ${MAX_FIRST}.` }),
    },
    load: (ids: string[], { db }, args) => openWorkByAssignees(db, ids, args.first ?? 20),
    resolve: (staff, { first }) => {
      // Checked before the loader runs, so a bad value costs no SQL.
      if (first != null && (first < 0 || first > MAX_FIRST)) {
        throw badUserInput(`first must be between 0 and ${MAX_FIRST}`, { field: 'first' });
      }
      return staff.id;
    },
  }),
}));

builder.objectFields(CrewRef, (t) => ({
  workload: t.loadable({
    type: CrewWorkloadRef,
    nullable: true,
    authScopes: readable,
    description: "The crew's open work; null without work-orders.read.",
    load: (ids: string[], { db }) => workloadOfCrews(db, ids),
    resolve: (crew) => crew.id,
  }),
}));
