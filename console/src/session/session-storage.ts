import type { Session } from './session';

/** What the session needs of the Web Storage API (a Map-backed fake in tests). */
export type SessionStorageArea = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const key = 'civicgraph.console.session';

const roles = new Set(['ADMIN', 'SUPERVISOR', 'DISPATCHER', 'FIELD_WORKER', 'ANALYST', 'BILLING']);

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  const staff = s.staff as Record<string, unknown> | null | undefined;
  return (
    typeof s.accessToken === 'string' &&
    typeof s.refreshToken === 'string' &&
    typeof s.accessTokenExpiresAt === 'number' &&
    typeof s.refreshAt === 'number' &&
    typeof s.refreshTokenExpiresAt === 'number' &&
    typeof staff === 'object' &&
    staff !== null &&
    typeof staff.id === 'string' &&
    typeof staff.name === 'string' &&
    typeof staff.role === 'string' &&
    roles.has(staff.role)
  );
}

/**
 * The stored session, or null when there is none, it cannot be read (an older
 * format, storage disabled) or its refresh token has expired: nothing could renew it.
 * `expired` says it was the last, for the sign-in page to tell.
 */
export function readStoredSession(
  storage: SessionStorageArea | null,
  now: number,
): { session: Session | null; expired: boolean } {
  const none = { session: null, expired: false };
  if (!storage) return none;
  try {
    const raw = storage.getItem(key);
    if (!raw) return none;
    const parsed: unknown = JSON.parse(raw);
    if (isSession(parsed) && parsed.refreshTokenExpiresAt > now) {
      return { session: parsed, expired: false };
    }
    storage.removeItem(key);
    return { session: null, expired: isSession(parsed) };
  } catch {
    // Unreadable: sign in again rather than fail to start.
  }
  return none;
}

export function writeSession(storage: SessionStorageArea | null, session: Session | null) {
  if (!storage) return;
  try {
    if (session) storage.setItem(key, JSON.stringify(session));
    else storage.removeItem(key);
  } catch {
    // Storage full or disabled: the session still lives in memory until a reload.
  }
}
