import { checkedId, exactlyOneKey } from '@civicgraph/platform';
import { bilingualText, builder } from '../builder';
import { crewsByDepartmentIds } from '../db/crew.repository';
import type { Crew } from '../db/crew.table';
import { departmentByCode, listDepartments } from '../db/department.repository';
import { CrewRef, DepartmentRef } from './refs';

DepartmentRef.implement({
  description: 'A city department that owns a share of the services and their work.',
  // Part of the public service catalog; who works there is not.
  authScopes: { permission: 'catalog.read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: 'Short stable code, e.g. STREETS.' }),
    name: bilingualText(t, { en: 'nameEn', es: 'nameEs' }),
    crews: t.loadableGroup({
      type: CrewRef,
      description: "The department's field crews (staff only).",
      authScopes: { permission: 'staff.read' },
      // Refused for the public: null here, not the list of departments it sits in.
      nullable: true,
      load: (departmentIds: string[], { db }) => crewsByDepartmentIds(db, departmentIds),
      // Pothos types a loaded value as anything the field may resolve to; here a row.
      group: (crew) => (crew as Crew).departmentId,
      resolve: (department) => department.id,
    }),
  }),
});

builder.queryFields((t) => ({
  departments: t.field({
    type: [DepartmentRef],
    description: 'Every department, by name.',
    authScopes: { permission: 'catalog.read' },
    resolve: (_root, _args, ctx) => listDepartments(ctx.db),
  }),
  department: t.field({
    type: DepartmentRef,
    nullable: true,
    args: { id: t.arg.id(), code: t.arg.string() },
    description: 'A department by id or by code (give exactly one).',
    authScopes: { permission: 'catalog.read' },
    resolve: async (_root, { id, code }, ctx) => {
      exactlyOneKey({ id, code });
      if (id) return checkedId(id, 'id');
      return (await departmentByCode(ctx.db, code!)) ?? null;
    },
  }),
}));
