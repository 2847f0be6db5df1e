import type { Generated, Selectable } from 'kysely';

export interface CrewTable {
  id: string;
  departmentId: string;
  code: string;
  name: string;
  createdAt: Generated<Date>;
}

export type Crew = Selectable<CrewTable>;
