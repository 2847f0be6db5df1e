import { checkedId } from '@civicgraph/platform';
import { builder } from '../builder';
import { staffByCrewIds } from '../db/staff.repository';
import type { Staff } from '../db/staff.table';
import { CrewRef, DepartmentRef, StaffRef } from './refs';

CrewRef.implement({
  description: 'A field crew of one department; work orders are assigned to crews and people.',
  authScopes: { permission: 'staff.read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    department: t.field({ type: DepartmentRef, resolve: (crew) => crew.departmentId }),
    members: t.loadableGroup({
      type: StaffRef,
      load: (crewIds: string[], { db }) => staffByCrewIds(db, crewIds),
      // Pothos types a loaded value as anything the field may resolve to; here a row,
      // loaded by its crew id, so that id is there.
      group: (staff) => (staff as Staff).crewId!,
      resolve: (crew) => crew.id,
    }),
  }),
});

builder.queryFields((t) => ({
  crew: t.field({
    type: CrewRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    authScopes: { permission: 'staff.read' },
    resolve: (_root, { id }) => checkedId(id, 'id'),
  }),
}));
