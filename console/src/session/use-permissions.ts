import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { PermissionsDocument } from './permissions.graphql';

/** A permission as `docs/ACCESS.md` names it, e.g. `work-orders.assign`. */
export type Permission = string;

export interface Permissions {
  /** False until `me` has arrived: nothing is offered before we know. */
  ready: boolean;
  /** Whether the signed-in person holds `permission`. */
  can: (permission: Permission) => boolean;
  /** The signed-in person and their crew, for the field-worker rules. */
  me: { id: string; crewId: string | null } | null;
  error: unknown;
}

/**
 * What the signed-in person may do, from the graph (`me.permissions`) rather than a
 * copy of the role table: the console offers exactly what the API would accept.
 * Read once and kept (cache-first): permissions change only with a new session.
 */
export function usePermissions(): Permissions {
  const { data, error } = useQuery(PermissionsDocument, { fetchPolicy: 'cache-first' });
  const me = data?.me ?? null;
  const held = me?.permissions;
  const can = useCallback((permission: Permission) => held?.includes(permission) ?? false, [held]);
  return {
    ready: me !== null,
    can,
    me: me ? { id: me.id, crewId: me.crew?.id ?? null } : null,
    error,
  };
}
