import type { ApolloServerPlugin } from '@apollo/server';
import { DEFAULT_PAGE_SIZE } from '@civicgraph/platform';
import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { limitError } from './limit-error';

/** A list without `first`/`last` (`departments`, `city.districts`) is reckoned this long. */
export const DEFAULT_LIST_SIZE = 20;

// The schema is the gateway's, built by @apollo/gateway with its copy of graphql, and
// vitest may load another: types are read by shape, never with graphql's predicates.
interface TypeLike {
  name?: string;
  ofType?: TypeLike;
  getFields?: () => Record<string, FieldLike>;
}
interface FieldLike {
  type: TypeLike;
  args: ReadonlyArray<{ name: string; defaultValue?: unknown }>;
}
interface SchemaLike {
  getType(name: string): unknown;
  getQueryType(): unknown;
  getMutationType(): unknown;
  getSubscriptionType(): unknown;
}

const tagOf = (type: TypeLike) => Object.prototype.toString.call(type);

function isList(type: TypeLike): boolean {
  const nullable = tagOf(type) === '[object GraphQLNonNull]' ? type.ofType! : type;
  return tagOf(nullable) === '[object GraphQLList]';
}

function namedType(type: TypeLike): TypeLike {
  let named = type;
  while (named.ofType) named = named.ofType;
  return named;
}

interface Walk {
  schema: SchemaLike;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  variableDefaults: Map<string, ValueNode>;
  /**
   * Each named fragment's cost, per item count it was spread with: a fragment that
   * spreads another twice, nested a few dozen times, would otherwise take the walk
   * 2^n steps (a few hundred tokens could stall the process for minutes).
   */
  fragmentCosts: Map<string, number>;
}

function intOf(value: ValueNode | undefined, walk: Walk): number | null {
  if (!value) return null;
  if (value.kind === Kind.INT) return Number.parseInt(value.value, 10);
  if (value.kind !== Kind.VARIABLE) return null;
  const name = value.name.value;
  const given = walk.variables[name];
  if (typeof given === 'number' && Number.isInteger(given)) return given;
  return given === undefined ? intOf(walk.variableDefaults.get(name), walk) : null;
}

/** The page a field asks for (`first`/`last`, the larger), or its schema default. */
function pageSize(node: FieldNode, field: FieldLike, walk: Walk): number | null {
  const sizes: number[] = [];
  for (const name of ['first', 'last']) {
    const argument = node.arguments?.find((a: ArgumentNode) => a.name.value === name);
    const size = argument
      ? intOf(argument.value, walk)
      : field.args.find((a) => a.name === name)?.defaultValue;
    if (typeof size === 'number' && size >= 0) sizes.push(size);
  }
  return sizes.length > 0 ? Math.max(...sizes) : null;
}

/** A Relay connection: paged by `first`/`last`, its items under `edges` (or `nodes`). */
function isConnection(field: FieldLike, type: TypeLike): boolean {
  const paged = field.args.some((a) => a.name === 'first' || a.name === 'last');
  return paged && Boolean(type.getFields?.().edges);
}

function fieldCost(node: FieldNode, parent: TypeLike, walk: Walk, itemCount: number | null) {
  if (!node.selectionSet) return 1;
  const field = parent.getFields?.()[node.name.value];
  // `__schema` and `__type`: introspection is bounded by the schema, and has its own policy.
  if (!field) return 1;
  const type = namedType(field.type);
  const size = pageSize(node, field, walk);
  if (isConnection(field, type)) {
    // Counted once (totalCount, pageInfo), but its item lists (edges, nodes) `size` times.
    return 1 + selectionCost(node.selectionSet, type, walk, size ?? DEFAULT_PAGE_SIZE);
  }
  const times = isList(field.type) ? (size ?? itemCount ?? DEFAULT_LIST_SIZE) : 1;
  return 1 + times * selectionCost(node.selectionSet, type, walk, null);
}

function selectionCost(
  selectionSet: SelectionSetNode,
  parent: TypeLike,
  walk: Walk,
  itemCount: number | null,
  spreading: ReadonlySet<string> = new Set(),
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(selection, parent, walk, itemCount);
      continue;
    }
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection
        : walk.fragments.get(selection.name.value);
    if (!fragment) continue;
    const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : null;
    if (name && spreading.has(name)) continue;
    const condition = fragment.typeCondition?.name.value;
    const type = (condition ? walk.schema.getType(condition) : parent) as TypeLike | undefined;
    if (!type) continue;
    const inside = name ? new Set([...spreading, name]) : spreading;
    const memo = name ? `${name}:${itemCount}` : null;
    const known = memo ? walk.fragmentCosts.get(memo) : undefined;
    const fragmentCost =
      known ?? selectionCost(fragment.selectionSet, type, walk, itemCount, inside);
    if (memo) walk.fragmentCosts.set(memo, fragmentCost);
    cost += fragmentCost;
  }
  return cost;
}

/**
 * An operation's estimated cost: each field 1, and a list's selection counted once per
 * item it may return: its `first`/`last` (literal, variable or default), else a
 * connection's default page (DEFAULT_PAGE_SIZE) or DEFAULT_LIST_SIZE for a plain list.
 * A connection counts its `edges`/`nodes` that many times, `totalCount` once.
 */
export function operationCost(
  schema: SchemaLike,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const root = {
    query: schema.getQueryType(),
    mutation: schema.getMutationType(),
    subscription: schema.getSubscriptionType(),
  }[operation.operation] as TypeLike | null | undefined;
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const variableDefaults = new Map<string, ValueNode>();
  for (const { variable, defaultValue } of operation.variableDefinitions ?? []) {
    if (defaultValue) variableDefaults.set(variable.name.value, defaultValue);
  }
  const walk = { schema, fragments, variables, variableDefaults, fragmentCosts: new Map() };
  return selectionCost(operation.selectionSet, root, walk, null);
}

/**
 * Refuses an operation whose estimated cost is over `maxCost` (MAX_COST_EXCEEDED,
 * with the limit and the value) before the gateway plans it. It runs per request,
 * not per document like the shape limits: `first: $n` costs what `$n` says.
 */
export function operationCostLimit<Context extends object>(
  maxCost: number,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {});
          if (cost > maxCost)
            throw limitError('MAX_COST_EXCEEDED', 'estimated cost', maxCost, cost);
        },
      };
    },
  };
}
