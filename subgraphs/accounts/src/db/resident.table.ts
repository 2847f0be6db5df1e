import type { Generated, Selectable } from 'kysely';

export const PREFERRED_LANGUAGES = ['EN', 'ES'] as const;
export type PreferredLanguage = (typeof PREFERRED_LANGUAGES)[number];

/** A resident's own account: personal data, every field but the id. */
export interface ResidentTable {
  id: Generated<string>;
  email: string;
  fullName: string;
  phone: string | null;
  mailingAddress: string | null;
  preferredLanguage: Generated<PreferredLanguage>;
  passwordHash: string | null;
  active: Generated<boolean>;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export type Resident = Selectable<ResidentTable>;
