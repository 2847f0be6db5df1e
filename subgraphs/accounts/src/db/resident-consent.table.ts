import type { Generated, Selectable } from 'kysely';

/** A resident's consent that one partner app (API client) act for them. */
export interface ResidentConsentTable {
  id: Generated<string>;
  residentId: string;
  apiClientId: string;
  /** sha256 (hex) of the consent token; the token itself is never stored. */
  tokenHash: string;
  createdAt: Generated<Date>;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export type ResidentConsent = Selectable<ResidentConsentTable>;
