import type { Generated, Selectable } from 'kysely';

/** Why a session ended before its time. */
export type SessionRevokedReason =
  | 'LOGOUT'
  | 'REFRESH_TOKEN_REUSED'
  | 'STAFF_DEACTIVATED'
  | 'PASSWORD_RESET'
  | 'ROLE_CHANGED'
  | 'RESIDENT_DEACTIVATED';

export interface SessionTable {
  id: Generated<string>;
  /** Exactly one of staffId and residentId is set: who signed in. */
  staffId: string | null;
  residentId: string | null;
  createdAt: Generated<Date>;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedReason: SessionRevokedReason | null;
}

export interface RefreshTokenTable {
  /** sha256 (hex) of the token; the token itself is never stored. */
  tokenHash: string;
  sessionId: string;
  createdAt: Generated<Date>;
  /** Set when the token was exchanged for the next one. */
  retiredAt: Date | null;
}

export type Session = Selectable<SessionTable>;
