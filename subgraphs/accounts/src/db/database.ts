import type { CrewTable } from './crew.table';
import type { DepartmentTable } from './department.table';
import type { StaffTable } from './staff.table';

/** The tables of the `accounts` schema, as Kysely sees them (camelCase). */
export interface AccountsDatabase {
  departments: DepartmentTable;
  crews: CrewTable;
  staff: StaffTable;
}
