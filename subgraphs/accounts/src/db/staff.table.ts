import type { Generated, Selectable } from 'kysely';

export const staffRoles = ['ADMIN', 'SUPERVISOR', 'DISPATCHER', 'FIELD_WORKER', 'ANALYST'] as const;
export type StaffRole = (typeof staffRoles)[number];

export interface StaffTable {
  id: string;
  departmentId: string;
  crewId: string | null;
  givenName: string;
  familyName: string;
  email: string;
  role: StaffRole;
  active: Generated<boolean>;
  passwordHash: string | null;
  createdAt: Generated<Date>;
}

export type Staff = Selectable<StaffTable>;
