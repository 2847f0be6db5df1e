import {
  checkedId,
  checkedOptionalId,
  decodeCursor,
  encodeCursor,
  type KeysetCodec,
  resolveKeysetConnection,
} from '@civicgraph/platform';
import { builder } from '../builder';
import {
  countStaff,
  pageOfStaff,
  type StaffCursor,
  type StaffFilter,
} from '../db/staff.repository';
import { staffRoles } from '../db/staff.table';
import { CrewRef, DepartmentRef, StaffRef } from './refs';

export const StaffRoleEnum = builder.enumType('StaffRole', {
  values: staffRoles,
  description: 'What a staff member does; it decides what they may see and change.',
});

StaffRef.implement({
  description: 'A city employee: dispatcher, field worker, supervisor, analyst or administrator.',
  fields: (t) => ({
    id: t.exposeID('id'),
    givenName: t.exposeString('givenName'),
    familyName: t.exposeString('familyName'),
    name: t.string({
      description: 'Full name as shown to colleagues.',
      resolve: (staff) => `${staff.givenName} ${staff.familyName}`,
    }),
    email: t.exposeString('email', { description: 'Work email address.' }),
    role: t.expose('role', { type: StaffRoleEnum }),
    active: t.exposeBoolean('active'),
    department: t.field({
      type: DepartmentRef,
      resolve: async (staff, _args, ctx) =>
        (await ctx.loaders.department.load(staff.departmentId))!,
    }),
    crew: t.field({
      type: CrewRef,
      nullable: true,
      resolve: (staff, _args, ctx) => (staff.crewId ? ctx.loaders.crew.load(staff.crewId) : null),
    }),
  }),
});

builder.asEntity(StaffRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => ctx.loaders.staff.load(ref.id),
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
    resolve: (_root, { id }, ctx) => ctx.loaders.staff.load(checkedId(id, 'id')),
  }),
  staffMembers: t.connection(
    {
      type: StaffRef,
      description: 'The staff directory in name order.',
      args: { filter: t.arg({ type: StaffFilterInput }) },
      resolve: async (_root, args, ctx) => {
        const filter: StaffFilter = {
          ...args.filter,
          departmentId: checkedOptionalId(args.filter?.departmentId, 'filter.departmentId'),
          crewId: checkedOptionalId(args.filter?.crewId, 'filter.crewId'),
        };
        const connection = await resolveKeysetConnection(args, staffCodec, (page) =>
          pageOfStaff(ctx.db, filter, page),
        );
        return { ...connection, filter };
      },
    },
    {
      name: 'StaffConnection',
      fields: (c) => ({
        totalCount: c.int({
          resolve: (connection, _args, ctx) => countStaff(ctx.db, connection.filter),
        }),
      }),
    },
    { name: 'StaffEdge' },
  ),
}));
