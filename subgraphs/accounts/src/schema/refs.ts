import { builder } from '../builder';
import type { Crew } from '../db/crew.table';
import type { Department } from '../db/department.table';
import type { Staff } from '../db/staff.table';

// Refs live apart from their implementations so type files can point at each
// other without circular imports.
export const DepartmentRef = builder.objectRef<Department>('Department');
export const CrewRef = builder.objectRef<Crew>('Crew');
export const StaffRef = builder.objectRef<Staff>('Staff');
