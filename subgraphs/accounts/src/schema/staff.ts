import {
  checkedFilterIds,
  checkedId,
  decodeCursor,
  encodeCursor,
  filteredConnection,
  type KeysetCodec,
  permissionsOfRoles,
} from '@civicgraph/platform';
import { builder } from '../builder';
import { countStaff, pageOfStaff, type StaffCursor } from '../db/staff.repository';
import { staffRoles } from '../db/staff.table';
import { SIGNED_IN_STAFF } from './grants';
import { CrewRef, DepartmentRef, StaffRef } from './refs';

export const StaffRoleEnum = builder.enumType('StaffRole', {
  values: staffRoles,
  description: 'What a staff member does; it decides what they may see and change.',
});

StaffRef.implement({
  description: 'A city employee: dispatcher, field worker, supervisor, analyst or administrator.',
  authScopes: { permission: 'staff.read', $granted: SIGNED_IN_STAFF },
  fields: (t) => ({
    id: t.exposeID('id'),
    givenName: t.exposeString('givenName'),
    familyName: t.exposeString('familyName'),
    name: t.string({
      description: 'Full name as shown to colleagues.',
      resolve: (staff) => `${staff.givenName} ${staff.familyName}`,
    }),
    email: t.exposeString('email', {
      description:
        'Work email address: for roles that contact staff, and for the staff member themself.',
      // Refused in a list, it nulls itself only, not the staff member.
      nullable: true,
      authScopes: (staff) => ({
        $any: { permission: 'staff.contact.read', self: staff.id, $granted: SIGNED_IN_STAFF },
      }),
    }),
    role: t.expose('role', { type: StaffRoleEnum }),
    permissions: t.stringList({
      description:
        'The permissions they hold (docs/ACCESS.md), public ones included; none while ' +
        'deactivated. For the staff member themself (on `me`) and for staff.manage holders.',
      authScopes: (staff) => ({
        $any: { permission: 'staff.manage', self: staff.id, $granted: SIGNED_IN_STAFF },
      }),
      resolve: (staff) => (staff.active ? permissionsOfRoles([staff.role]) : []),
    }),
    active: t.exposeBoolean('active'),
    department: t.field({ type: DepartmentRef, resolve: (staff) => staff.departmentId }),
    crew: t.field({ type: CrewRef, nullable: true, resolve: (staff) => staff.crewId }),
  }),
});

const StaffFilterInput = builder.inputType('StaffFilter', {
  fields: (t) => ({
    departmentId: t.id(),
    crewId: t.id(),
    role: t.field({ type: StaffRoleEnum }),
  }),
});

/** Cursors of the staff directory: the name it is sorted by, and the id. */
const staffCodec: KeysetCodec<StaffCursor, StaffCursor> = {
  toCursor: (staff) => encodeCursor([staff.familyName, staff.givenName, staff.id]),
  fromCursor: (cursor) => {
    const [familyName, givenName, id] = decodeCursor(cursor, ['string', 'string', 'uuid']);
    return { familyName, givenName, id };
  },
};

builder.queryFields((t) => ({
  staffMember: t.field({
    type: StaffRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    authScopes: { permission: 'staff.read' },
    resolve: (_root, { id }) => checkedId(id, 'id'),
  }),
  staffMembers: filteredConnection(t, {
    type: StaffRef,
    name: 'Staff',
    description: 'The staff directory in name order.',
    authScopes: { permission: 'staff.read' },
    filter: StaffFilterInput,
    toFilter: (given) => checkedFilterIds(given, ['departmentId', 'crewId']),
    codec: staffCodec,
    page: ({ db }, filter, page) => pageOfStaff(db, filter, page),
    count: ({ db }, filter) => countStaff(db, filter),
  }),
}));
