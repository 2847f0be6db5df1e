import { STAFF_ROLES, type StaffRole } from '@civicgraph/platform';
import type { Generated, Selectable } from 'kysely';

// The roles access rules know (platform's access core); the column holds one of them.
export const staffRoles = STAFF_ROLES;
export type { StaffRole };

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
