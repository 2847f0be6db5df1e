import { loadableEntityRef, uuidId } from '@civicgraph/platform';
import { builder } from '../builder';
import { crewsByIds } from '../db/crew.repository';
import { departmentsByIds } from '../db/department.repository';
import { staffByIds } from '../db/staff.repository';

// Refs live apart from their implementations so type files can point at each
// other without circular imports. A field of an entity type may resolve to the id
// alone: the ref's loader reads every id of a request in one statement.
export const DepartmentRef = loadableEntityRef(builder, 'Department', uuidId, (ids, { db }) =>
  departmentsByIds(db, ids),
);
export const CrewRef = loadableEntityRef(builder, 'Crew', uuidId, (ids, { db }) =>
  crewsByIds(db, ids),
);
export const StaffRef = loadableEntityRef(builder, 'Staff', uuidId, (ids, { db }) =>
  staffByIds(db, ids),
);
