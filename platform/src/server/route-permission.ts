import type { Caller } from '../access/caller';
import { type Permission, permits } from '../access/permissions';
import { RouteRefused } from './route-refused';

/**
 * Refuses a caller of an HTTP route (a map layer, a file) who lacks `permission`: 401
 * when nobody is signed in (signing in may help), 403 naming the permission when the
 * signed-in caller lacks it (it would not). `what` names the thing in the message.
 */
export function assertRoutePermission(caller: Caller, permission: Permission, what: string) {
  if (permits(caller, permission)) return;
  if (caller.kind === 'anonymous') {
    throw new RouteRefused(401, 'UNAUTHENTICATED', `Sign in or send an API key to read ${what}`, {
      permission,
    });
  }
  throw new RouteRefused(403, 'FORBIDDEN', `Reading ${what} needs ${permission}`, { permission });
}
