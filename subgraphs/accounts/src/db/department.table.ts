import type { Generated, Selectable } from 'kysely';

export interface DepartmentTable {
  id: string;
  code: string;
  nameEn: string;
  nameEs: string;
  createdAt: Generated<Date>;
}

export type Department = Selectable<DepartmentTable>;
