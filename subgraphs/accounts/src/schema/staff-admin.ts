import { builder } from '../builder';
import type { Staff } from '../db/staff.table';
import {
  createStaff,
  deactivateStaff,
  reactivateStaff,
  resetStaffPassword,
  setStaffRole,
} from '../manage/staff';
import { StaffRef } from './refs';
import { StaffRoleEnum } from './staff';

// Administration of staff: ADMIN only (permission staff.manage). Mistakes in the
// input are GraphQL errors: BAD_USER_INPUT (malformed, duplicate email, short
// password, last admin) or NOT_FOUND (an id that names nothing), with the argument.

const MANAGE = { permission: 'staff.manage' } as const;

/** `{ staff }`, the changed staff member: one payload type per mutation, free to grow. */
function staffPayload(name: string) {
  return builder.objectRef<Staff>(name).implement({
    authScopes: MANAGE,
    fields: (t) => ({ staff: t.field({ type: StaffRef, resolve: (staff) => staff }) }),
  });
}

const CreateStaffInput = builder.inputType('CreateStaffInput', {
  fields: (t) => ({
    givenName: t.string({ required: true }),
    familyName: t.string({ required: true }),
    email: t.string({ required: true, description: 'Unique, whatever the capitals.' }),
    role: t.field({ type: StaffRoleEnum, required: true }),
    departmentId: t.id({ required: true }),
    crewId: t.id({ description: 'A crew of the same department.' }),
    initialPassword: t.string({ required: true, description: 'At least 12 characters.' }),
  }),
});

const SetStaffRoleInput = builder.inputType('SetStaffRoleInput', {
  fields: (t) => ({
    staffId: t.id({ required: true }),
    role: t.field({ type: StaffRoleEnum, required: true }),
  }),
});

const StaffIdInput = (name: string) =>
  builder.inputType(name, { fields: (t) => ({ staffId: t.id({ required: true }) }) });

const ResetStaffPasswordInput = builder.inputType('ResetStaffPasswordInput', {
  fields: (t) => ({
    staffId: t.id({ required: true }),
    newPassword: t.string({ required: true, description: 'At least 12 characters.' }),
  }),
});

builder.mutationFields((t) => ({
  createStaff: t.field({
    type: staffPayload('CreateStaffPayload'),
    description: 'Adds a staff member, who can sign in with the initial password.',
    args: { input: t.arg({ type: CreateStaffInput, required: true }) },
    authScopes: MANAGE,
    resolve: (_root, { input }, { db }) => createStaff(db, input),
  }),
  setStaffRole: t.field({
    type: staffPayload('SetStaffRolePayload'),
    description: "Changes a staff member's role; their sessions end, so it applies at once.",
    args: { input: t.arg({ type: SetStaffRoleInput, required: true }) },
    authScopes: MANAGE,
    resolve: (_root, { input }, { db }) => setStaffRole(db, input.staffId, input.role),
  }),
  deactivateStaff: t.field({
    type: staffPayload('DeactivateStaffPayload'),
    description: 'Stops a staff member from signing in and ends their sessions.',
    args: { input: t.arg({ type: StaffIdInput('DeactivateStaffInput'), required: true }) },
    authScopes: MANAGE,
    resolve: (_root, { input }, { db }) => deactivateStaff(db, input.staffId),
  }),
  reactivateStaff: t.field({
    type: staffPayload('ReactivateStaffPayload'),
    description: 'Lets a deactivated staff member sign in again.',
    args: { input: t.arg({ type: StaffIdInput('ReactivateStaffInput'), required: true }) },
    authScopes: MANAGE,
    resolve: (_root, { input }, { db }) => reactivateStaff(db, input.staffId),
  }),
  resetStaffPassword: t.field({
    type: staffPayload('ResetStaffPasswordPayload'),
    description: 'Sets a new password, ends their sessions and lifts a lockout.',
    args: { input: t.arg({ type: ResetStaffPasswordInput, required: true }) },
    authScopes: MANAGE,
    resolve: (_root, { input }, { db }) => resetStaffPassword(db, input.staffId, input.newPassword),
  }),
}));
