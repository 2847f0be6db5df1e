import { checkedId } from '@civicgraph/platform';
import { builder } from '../builder';
import { CrewRef, DepartmentRef, StaffRef } from './refs';

CrewRef.implement({
  description: 'A field crew of one department; work orders are assigned to crews and people.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    department: t.field({
      type: DepartmentRef,
      resolve: async (crew, _args, ctx) => (await ctx.loaders.department.load(crew.departmentId))!,
    }),
    members: t.field({
      type: [StaffRef],
      resolve: (crew, _args, ctx) => ctx.loaders.membersOfCrew.load(crew.id),
    }),
  }),
});

builder.asEntity(CrewRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => ctx.loaders.crew.load(ref.id),
});

builder.queryFields((t) => ({
  crew: t.field({
    type: CrewRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.crew.load(checkedId(id, 'id')),
  }),
}));
