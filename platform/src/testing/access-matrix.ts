import {
  ANONYMOUS,
  type Caller,
  PARTNER_SCOPES,
  type PartnerScope,
  STAFF_ROLES,
} from '../access/caller';
import { type Permission, permits } from '../access/permissions';
import { staffCaller } from './access';
import type { GraphQLResponse } from './post-graphql';
import type { SeededSubgraph } from './seeded-subgraph';

export interface MatrixCaller {
  /** How test names call it, e.g. `staff DISPATCHER`, `partner requests:read`. */
  name: string;
  caller: Caller;
}

/** A partner API client's caller with these scopes. */
export function partnerCaller(scopes: PartnerScope[], id = 'test-partner'): Caller {
  return { kind: 'partner', id, scopes };
}

/**
 * Every caller a rule can tell apart: nobody, each staff role alone, a partner with
 * each scope alone and one with none, a resident, and the gateway itself (which holds
 * no permission: it asks only for what `gateway: true` fields give it).
 */
export const CALLER_MATRIX: readonly MatrixCaller[] = [
  { name: 'anonymous', caller: ANONYMOUS },
  ...STAFF_ROLES.map((role) => ({ name: `staff ${role}`, caller: staffCaller(role) })),
  ...PARTNER_SCOPES.map((scope) => ({ name: `partner ${scope}`, caller: partnerCaller([scope]) })),
  { name: 'partner without scopes', caller: partnerCaller([]) },
  { name: 'resident', caller: { kind: 'resident', id: 'test-resident' } },
  { name: 'the gateway itself', caller: { kind: 'service', id: 'gateway' } },
];

/** The code a refused caller gets: signing in may help the anonymous, nobody else. */
export function refusalCode(caller: Caller) {
  return caller.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
}

export interface Refusal {
  code: unknown;
  /** The error's path, joined with dots: `serviceRequests.edges.0.node.workOrders`. */
  path: string;
}

/**
 * The refusals a caller must get at each path, given whether it may read there:
 * nothing where it may, its refusal code where it may not.
 */
export function expectedRefusals(caller: Caller, paths: ReadonlyArray<[string, boolean]>) {
  return paths.flatMap(([path, allowed]): Refusal[] =>
    allowed ? [] : [{ code: refusalCode(caller), path }],
  );
}

/** A response's errors as code and path, in path order, for comparing whole lists. */
export function refusalsOf(response: GraphQLResponse<unknown>): Refusal[] {
  return (response.errors ?? [])
    .map((error) => ({
      code: error.extensions?.code,
      path: (error.path ?? []).join('.'),
    }))
    .sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
}

/** What one request to a root field came to, in the terms an access rule decides. */
export interface RootFieldOutcome {
  /** The field came back with a value. */
  answered: boolean;
  refusals: Refusal[];
  /** The subgraph ran SQL for it: a refused root field must not. */
  ranSql: boolean;
}

/** A root field, the permission its rule names, and a query selecting it. */
export interface RootFieldCase {
  field: string;
  permission: Permission;
  document: string;
  /** Called when the query is sent, after the harness has seeded its sample ids. */
  variables?: () => Record<string, unknown>;
}

/**
 * Sends the case's query as `caller` and reports the outcome. Counting statements
 * needs the file's tests to run one at a time, as vitest runs them.
 */
export async function rootFieldOutcome(
  subgraph: Pick<SeededSubgraph<unknown>, 'queryAs' | 'resetStatements' | 'statements'>,
  caller: Caller,
  { field, document, variables }: RootFieldCase,
): Promise<RootFieldOutcome> {
  subgraph.resetStatements();
  const response = await subgraph.queryAs<Record<string, unknown>>(caller, document, variables?.());
  return {
    answered: response.data?.[field] != null,
    refusals: refusalsOf(response),
    ranSql: subgraph.statements.length > 0,
  };
}

/** The outcome the case's root field must have for `caller`, by its permission. */
export function expectedRootOutcome(
  caller: Caller,
  { field, permission }: RootFieldCase,
): RootFieldOutcome {
  return permits(caller, permission)
    ? { answered: true, refusals: [], ranSql: true }
    : { answered: false, refusals: [{ code: refusalCode(caller), path: field }], ranSql: false };
}
