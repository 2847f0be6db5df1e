import { badUserInput } from '@civicgraph/platform';
import { builder } from '../builder';
import {
  type AssignmentCandidate,
  assignmentCandidates,
  staffAvailabilities,
} from '../dispatch/assignment-candidates';
import { CrewRef, StaffRef, WorkOrderRef } from './refs';

const ASSIGN = { permission: 'work-orders.assign' } as const;
const MAX_FIRST = 100;

const StaffAvailabilityEnum = builder.enumType('StaffAvailability', {
  values: staffAvailabilities,
  description:
    'AVAILABLE: on shift with no work in progress; BUSY: on shift with work IN_PROGRESS; ' +
    'OFF_SHIFT: not on shift now (a crew: none of its people on shift).',
});

const AssignmentCandidateRef = builder
  .objectRef<AssignmentCandidate>('AssignmentCandidate')
  .implement({
    description: 'A crew, or one of its field workers, who could take a work order.',
    authScopes: ASSIGN,
    fields: (t) => ({
      crew: t.field({
        type: CrewRef,
        description: 'The crew, or the person’s crew.',
        resolve: (candidate) => ({ id: candidate.crewId }),
      }),
      staff: t.field({
        type: StaffRef,
        nullable: true,
        description: 'The person; null: the crew as a whole.',
        resolve: (candidate) => (candidate.staffId ? { id: candidate.staffId } : null),
      }),
      availability: t.expose('availability', {
        type: StaffAvailabilityEnum,
        description: 'A crew is as available as its most available person.',
      }),
      openWorkOrders: t.exposeInt('openWorkOrders', {
        description: 'Live workload: open work assigned to them now.',
      }),
      distanceMeters: t.exposeFloat('distanceMeters', {
        nullable: true,
        description:
          'From the work to where they are working now (their IN_PROGRESS work, else what ' +
          'they last finished or held today; a crew: its nearest); null when unknown.',
      }),
    }),
  });

builder.objectFields(WorkOrderRef, (t) => ({
  assignmentCandidates: t.field({
    type: [AssignmentCandidateRef],
    description:
      'Who could take it, best first (work-orders.assign): the department’s crews and ' +
      'their active field workers; AVAILABLE, then BUSY, then OFF_SHIFT, and within each ' +
      'fewer open work orders, then nearer. Empty once the work is finished.',
    authScopes: ASSIGN,
    args: {
      first: t.arg.int({ defaultValue: 20, description: `At most ${MAX_FIRST}.` }),
    },
    resolve: (workOrder, { first }, context) => {
      const limit = first ?? 20;
      if (limit < 0 || limit > MAX_FIRST) {
        throw badUserInput(`first must be between 0 and ${MAX_FIRST}`, { field: 'first' });
      }
      return assignmentCandidates(context, workOrder, limit, new Date());
    },
  }),
}));
