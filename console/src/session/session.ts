import type { StaffRole } from '../generated/graphql';
import type { SessionPayloadFields } from './session.graphql';

/** The signed-in staff member, as the header shows them. */
export interface SessionStaff {
  id: string;
  name: string;
  role: StaffRole;
}

/** A staff session as the console keeps it; times are epoch milliseconds. */
export interface Session {
  accessToken: string;
  accessTokenExpiresAt: number;
  /** When to refresh: shortly before the access token expires (see refreshMoment). */
  refreshAt: number;
  refreshToken: string;
  refreshTokenExpiresAt: number;
  staff: SessionStaff;
}

/** Refresh this long before the access token expires … */
const refreshLead = 60_000;

/**
 * … or halfway through its life when that is shorter, so that a token issued with a
 * short life (or a skewed clock) cannot make the console refresh in a loop.
 */
function refreshMoment(expiresAt: number, now: number): number {
  return expiresAt - Math.min(refreshLead, Math.max(0, (expiresAt - now) / 2));
}

export function sessionFromPayload(payload: SessionPayloadFields, now: number): Session {
  const accessTokenExpiresAt = Date.parse(payload.accessTokenExpiresAt);
  const refreshTokenExpiresAt = Date.parse(payload.refreshTokenExpiresAt);
  if (Number.isNaN(accessTokenExpiresAt) || Number.isNaN(refreshTokenExpiresAt)) {
    throw new Error('The session’s expiry times are not ISO 8601 instants');
  }
  return {
    accessToken: payload.accessToken,
    accessTokenExpiresAt,
    refreshAt: refreshMoment(accessTokenExpiresAt, now),
    refreshToken: payload.refreshToken,
    refreshTokenExpiresAt,
    staff: { id: payload.staff.id, name: payload.staff.name, role: payload.staff.role },
  };
}
