import { type Caller, isUuid, type PeerGraph } from '@civicgraph/platform';
import type { WorkOrder } from '../db/work-order.table';
import { invalidInput } from './change-refused';
import { type DirectoryCrew, type DirectoryStaff, lookUpStaffAndCrews } from './staff-directory';
import type { WorkOrderStep } from './work-order-change';

export interface AssignmentInput {
  crewId?: string | null;
  assigneeId?: string | null;
}

/**
 * Who work goes to, checked against accounts. An assignment replaces the previous one
 * whole: a crew alone leaves the person to the crew (assignee cleared); a person alone
 * brings their own crew along (or none), so "their crew's work" stays true for field
 * workers; a crew and a person together need the person to be a member of that crew
 * (a dispatcher naming both means "this person, with this crew").
 */
export interface Assignment {
  crewId: string | null;
  assigneeId: string | null;
  crew: DirectoryCrew | null;
  assignee: DirectoryStaff | null;
}

/** Checks the input and reads the crew and person with one request to accounts. */
export async function resolveAssignment(
  peers: PeerGraph,
  caller: Caller,
  input: AssignmentInput,
): Promise<Assignment> {
  const crewId = input.crewId ?? null;
  const assigneeId = input.assigneeId ?? null;
  if (crewId === null && assigneeId === null) {
    throw invalidInput('crewId', 'Name a crew, a person (assigneeId), or both');
  }
  if (crewId !== null && !isUuid(crewId)) {
    throw invalidInput('crewId', 'crewId must be an id this API returned');
  }
  if (assigneeId !== null && !isUuid(assigneeId)) {
    throw invalidInput('assigneeId', 'assigneeId must be an id this API returned');
  }
  const found = await lookUpStaffAndCrews(peers, caller, {
    staffIds: assigneeId ? [assigneeId] : [],
    crewIds: crewId ? [crewId] : [],
  });
  const crew = crewId ? (found.crews.get(crewId) ?? null) : null;
  const assignee = assigneeId ? (found.staff.get(assigneeId) ?? null) : null;
  if (crewId && !crew) throw invalidInput('crewId', `No crew has the id ${crewId}`);
  if (assigneeId && !assignee) {
    throw invalidInput('assigneeId', `No staff member has the id ${assigneeId}`);
  }
  if (assignee && !assignee.active) {
    throw invalidInput('assigneeId', 'The staff member is deactivated and cannot take work');
  }
  if (crew && assignee && assignee.crewId !== crew.id) {
    throw invalidInput('assigneeId', 'The staff member is not a member of the crew named');
  }
  return {
    crewId: crew?.id ?? assignee?.crewId ?? null,
    assigneeId: assignee?.id ?? null,
    crew,
    assignee,
  };
}

/**
 * The change an assignment makes to one work order, checked against its department:
 * work goes only to crews and people of the department that owns it.
 */
export function assignStep(assignment: Assignment, current: WorkOrder): WorkOrderStep {
  if (assignment.crew && assignment.crew.departmentId !== current.departmentId) {
    throw invalidInput(
      'crewId',
      `The crew belongs to another department than work order ${current.number}`,
    );
  }
  if (assignment.assignee && assignment.assignee.departmentId !== current.departmentId) {
    throw invalidInput(
      'assigneeId',
      `The staff member belongs to another department than work order ${current.number}`,
    );
  }
  return {
    action: 'ASSIGN',
    transition: 'ASSIGN',
    // Reassigning held work starts it afresh: the hold's reason no longer applies.
    set: { crewId: assignment.crewId, assigneeId: assignment.assigneeId, holdReason: null },
  };
}
