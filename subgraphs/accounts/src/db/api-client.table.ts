import type { PartnerScope } from '@civicgraph/platform';
import type { Generated, Selectable } from 'kysely';

export interface ApiClientTable {
  id: Generated<string>;
  name: string;
  contactEmail: string;
  scopes: PartnerScope[];
  rateLimitPerMinute: number;
  persistedOperationsOnly: Generated<boolean>;
  createdAt: Generated<Date>;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export interface ApiKeyTable {
  id: Generated<string>;
  clientId: string;
  /** The public part of the key, shown to admins to tell keys apart. */
  prefix: string;
  /** sha256 (hex) of the whole key. */
  keyHash: string;
  createdAt: Generated<Date>;
  /** Null for the current key; a rotated-out key works until then. */
  expiresAt: Date | null;
  lastUsedAt: Date | null;
}

export type ApiClient = Selectable<ApiClientTable>;
export type ApiKey = Selectable<ApiKeyTable>;
