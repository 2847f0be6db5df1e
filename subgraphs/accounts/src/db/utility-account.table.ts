import type { Generated, Selectable } from 'kysely';

/** A city services account: what bills are addressed to. */
export interface UtilityAccountTable {
  id: Generated<string>;
  /** Ten digits, as printed on the bill. */
  accountNumber: string;
  serviceAddress: string;
  /** Hash of the PIN printed on the bill (never the PIN). */
  pinHash: string;
  currency: Generated<string>;
  createdAt: Generated<Date>;
}

/** Who holds which account (many to many). */
export interface ResidentUtilityAccountTable {
  residentId: string;
  utilityAccountId: string;
  linkedAt: Generated<Date>;
}

export type UtilityAccount = Selectable<UtilityAccountTable>;
