import { type Caller, type Permission, permits, RouteRefused } from '@civicgraph/platform';

/**
 * Refuses a caller who may not read a layer: 401 when nobody is signed in (signing in
 * may help), 403 when the signed-in caller lacks the permission (it would not).
 */
export function assertMayRead(caller: Caller, permission: Permission, what: string) {
  if (permits(caller, permission)) return;
  if (caller.kind === 'anonymous') {
    throw new RouteRefused(401, 'UNAUTHENTICATED', `Sign in or send an API key to read ${what}`, {
      permission,
    });
  }
  throw new RouteRefused(403, 'FORBIDDEN', `Reading ${what} needs ${permission}`, { permission });
}
