import {
  type GraphQLField,
  type GraphQLOutputType,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  isRequiredArgument,
} from 'graphql';

type Field = GraphQLField<unknown, unknown>;

/** Fields of a type that are leaves and need no argument: what a selection can always name. */
function leafFields(type: GraphQLOutputType): string[] {
  const named = getNamedType(type);
  if (!isObjectType(named) && !isInterfaceType(named)) return [];
  return Object.values(named.getFields() as Record<string, Field>)
    .filter((field) => isLeafType(getNamedType(field.type)) && !field.args.some(isRequiredArgument))
    .map((field) => field.name);
}

/** A Relay connection: a type with `edges` and `totalCount`. */
function connectionNode(type: GraphQLOutputType): GraphQLOutputType | null {
  const named = getNamedType(type);
  if (!isObjectType(named)) return null;
  const { edges, totalCount } = named.getFields();
  if (!edges || !totalCount) return null;
  const edge = getNamedType(edges.type);
  return isObjectType(edge) ? (edge.getFields().node?.type ?? null) : null;
}

/**
 * The selection set of a field of this type: its leaves and `__typename`; for a
 * connection its `totalCount` and cursors, and with `nodes` the nodes' leaves too.
 */
export function selectionOf(type: GraphQLOutputType, options: { nodes: boolean }): string {
  if (isLeafType(getNamedType(type))) return '';
  const node = connectionNode(type);
  if (node) {
    const nodes = options.nodes ? ` node ${selectionOf(node, options)}` : '';
    return `{ __typename totalCount edges { cursor${nodes} } }`;
  }
  return `{ ${['__typename', ...leafFields(type)].join(' ')} }`;
}
