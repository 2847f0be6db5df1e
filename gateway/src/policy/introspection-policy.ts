import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { GatewayContext } from '../subgraph-data-source';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/**
 * Whether a selection asks for the schema. `__schema` and `__type` exist on the query
 * root only (validation has checked), so only root selections and the fragments they
 * spread need looking at; `__typename` is not introspection.
 */
function asksForSchema(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return INTROSPECTION_FIELDS.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return asksForSchema(selection.selectionSet, fragments, seen);
    }
    const fragment = fragments.get(selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return false;
    seen.add(fragment.name.value);
    return asksForSchema(fragment.selectionSet, fragments, seen);
  });
}

function fragmentsOf(document: DocumentNode) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/**
 * Introspection: anyone in development (tools, codegen); in production staff only.
 * The published schema files serve partners; the live one is not a map for strangers.
 * Apollo Server is told to serve introspection at all (it would otherwise decide
 * from NODE_ENV, for everyone alike); this plugin decides per caller.
 */
export function introspectionPolicy(production: boolean): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!production || contextValue.caller.kind === 'staff') return;
      return {
        async didResolveOperation({ document, operation }) {
          if (!operation || !asksForSchema(operation.selectionSet, fragmentsOf(document))) return;
          throw new GraphQLError('Introspection is available to signed-in staff only', {
            extensions: { code: 'INTROSPECTION_DISABLED', http: { status: 403 } },
          });
        },
      };
    },
  };
}
