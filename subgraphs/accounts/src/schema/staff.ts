import { decodeCursor, encodeCursor } from '@civicgraph/platform';
import { type ResolveCursorConnectionArgs, resolveCursorConnection } from '@pothos/plugin-relay';
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

function toCursor(staff: StaffCursor) {
  return encodeCursor([staff.familyName, staff.givenName, staff.id]);
}

function fromCursor(cursor: string): StaffCursor {
  const [familyName, givenName, id] = decodeCursor(cursor, ['string', 'string', 'string']);
  return { familyName, givenName, id } as StaffCursor;
}

builder.queryFields((t) => ({
  staffMember: t.field({
    type: StaffRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.staff.load(id),
  }),
  staffMembers: t.connection(
    {
      type: StaffRef,
      description: 'The staff directory in name order.',
      args: { filter: t.arg({ type: StaffFilterInput }) },
      resolve: async (_root, args, ctx) => {
        const filter: StaffFilter = { ...args.filter };
        const connection = await resolveCursorConnection(
          { args, toCursor, defaultSize: 50, maxSize: 200 },
          ({ after, before, limit, inverted }: ResolveCursorConnectionArgs) =>
            pageOfStaff(ctx.db, filter, {
              ...(after ? { after: fromCursor(after) } : {}),
              ...(before ? { before: fromCursor(before) } : {}),
              limit,
              inverted,
            }),
        );
        return { ...connection, filter };
      },
    },
    {
      name: 'StaffConnection',
      fields: (c) => ({
        totalCount: c.int({
          resolve: (connection, _args, ctx) =>
            countStaff(ctx.db, (connection as unknown as { filter: StaffFilter }).filter),
        }),
      }),
    },
    { name: 'StaffEdge' },
  ),
}));
