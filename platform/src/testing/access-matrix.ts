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

/** One entity for `_entities`: its representation, what to select on it, its type's rule. */
export interface EntityCase {
  representation: { __typename: string; [key: string]: unknown };
  /** Fields selected on the type, e.g. `tag assetType { code }`. */
  selection: string;
  permission: Permission;
}

/** What `_entities` answered for each case: whether it resolved, and the refusals. */
export interface EntitiesOutcome {
  resolved: boolean[];
  refusals: Refusal[];
}

/** Asks `_entities` for every case at once, as the gateway would, as `caller`. */
export async function entitiesOutcome(
  subgraph: Pick<SeededSubgraph<unknown>, 'queryAs'>,
  caller: Caller,
  cases: readonly EntityCase[],
): Promise<EntitiesOutcome> {
  const fragments = cases.map((c) => `... on ${c.representation.__typename} { ${c.selection} }`);
  const response = await subgraph.queryAs<{ _entities: unknown[] }>(
    caller,
    `query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ${[...new Set(fragments)].join(' ')} }
    }`,
    { representations: cases.map((c) => c.representation) },
  );
  return {
    resolved: (response.data?._entities ?? []).map((entity) => entity != null),
    refusals: refusalsOf(response),
  };
}

/** Each entity resolved for a caller holding its type's permission, refused for others. */
export function expectedEntitiesOutcome(
  caller: Caller,
  cases: readonly EntityCase[],
): EntitiesOutcome {
  const allowed = cases.map((c) => permits(caller, c.permission));
  return {
    resolved: allowed,
    refusals: expectedRefusals(
      caller,
      allowed.map((ok, i) => [`_entities.${i}`, ok]),
    ),
  };
}
