import {
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Caller } from './caller';
import { type Permission, permits } from './permissions';

/**
 * The scopes a field or type names in `authScopes` (Pothos scope-auth):
 * - `public: true`: anyone, signed in or not;
 * - `permission: 'staff.contact.read'`: a caller holding it (permissions.ts);
 * - `self: staffId`: that staff member themself;
 * - `resident: residentId`: that resident themself (signed in, or a partner app acting
 *   for them with their consent: the caller is the resident either way);
 * - `gateway: true`: the gateway asking for what only it needs (who holds a key).
 */
export interface AccessScopes {
  public: boolean;
  permission: Permission;
  self: string;
  resident: string;
  gateway: boolean;
}

/** How each scope is decided for one request's caller. */
export function accessScopesFor(caller: Caller) {
  return {
    public: true,
    permission: (permission: Permission) => permits(caller, permission),
    self: (staffId: string) => caller.kind === 'staff' && caller.id === staffId,
    resident: (residentId: string) => caller.kind === 'resident' && caller.id === residentId,
    gateway: caller.kind === 'service',
  };
}

/**
 * The error of a refused field: UNAUTHENTICATED when nobody signed in (signing in
 * may help), FORBIDDEN when the caller is known and not allowed. It names the field,
 * never the data.
 */
export function accessDenied(caller: Caller, typeName: string, fieldName: string) {
  const field = `${typeName}.${fieldName}`;
  // A mutation is done, not read: the message says what the caller tried.
  const verb = typeName === 'Mutation' || typeName === 'Subscription' ? 'use' : 'read';
  return caller.kind === 'anonymous'
    ? new GraphQLError(`Sign in to ${verb} ${field}`, { extensions: { code: 'UNAUTHENTICATED' } })
    : new GraphQLError(`You are not allowed to ${verb} ${field}`, {
        extensions: { code: 'FORBIDDEN', field },
      });
}

/** Relay's plumbing: reachable only through a field that has its own rule. */
function isConnectionPlumbing(typeName: string) {
  return typeName === 'PageInfo' || /.(Connection|Edge)$/.test(typeName);
}

/**
 * Not graphql's `isObjectType`: under vitest the schema is built by Pothos' copy of
 * graphql (CommonJS) while this file gets the ES module one, and `instanceof` across
 * the two throws. The type's own tag is the same in both.
 */
function isObjectType(type: GraphQLNamedType): type is GraphQLObjectType {
  return Object.prototype.toString.call(type) === '[object GraphQLObjectType]';
}

/** Federation's own entry points, guarded by the gateway's signature instead. */
const FEDERATION_FIELDS = new Set(['Query._service', 'Query._entities', '_Service.sdl']);

interface PothosExtensions {
  pothosOptions?: { authScopes?: unknown; skipTypeScopes?: boolean };
}

function hasRule(extensions: unknown) {
  return (extensions as PothosExtensions | undefined)?.pothosOptions?.authScopes !== undefined;
}

/**
 * Deny by default: every field must say who may read it, itself or through its type
 * (`authScopes` on the object type); a field skipping its type's scopes needs its own.
 * Returns the fields without a rule: the subgraph refuses to start with any.
 */
export function fieldsWithoutRule(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || isConnectionPlumbing(type.name)) {
      continue;
    }
    const typeRule = hasRule(type.extensions);
    for (const field of Object.values(type.getFields())) {
      const name = `${type.name}.${field.name}`;
      if (FEDERATION_FIELDS.has(name)) continue;
      const skipsType = (field.extensions as PothosExtensions | undefined)?.pothosOptions
        ?.skipTypeScopes;
      if (hasRule(field.extensions) || (typeRule && !skipsType)) continue;
      missing.push(name);
    }
  }
  return missing;
}

export function assertEveryFieldHasRule(serviceName: string, schema: GraphQLSchema) {
  const missing = fieldsWithoutRule(schema);
  if (missing.length > 0) {
    throw new Error(
      `${serviceName}: every field needs an access rule (authScopes on it or its type); ` +
        `missing on ${missing.join(', ')}`,
    );
  }
}
