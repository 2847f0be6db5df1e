import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  type ASTNode,
  BREAK,
  type DocumentNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type ValueNode,
  visit,
} from 'graphql';
import { unstorableCharacter } from './storable-text';

/** An argument holding text that PostgreSQL cannot store. */
export interface UnstorableArgument {
  /**
   * The field path (or `@directive`) the argument belongs to, e.g. `assets` or
   * `workOrder.department`; inside a fragment, from the fragment's own top.
   */
  field: string;
  /** The argument and where inside it, e.g. `filter.streetName` or `filter.statuses[1]`. */
  argument: string;
  /** The offending character, e.g. `U+0000`. */
  character: string;
}

type Variables = Record<string, unknown>;

/** Every string inside a variable's JSON value, with its path below the argument. */
function* stringsInJson(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* stringsInJson(item, `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* stringsInJson(item, `${path}.${key}`);
  }
}

/** Every string an argument's value holds, literal or from a variable (or its default). */
function* stringsInValue(
  node: ValueNode,
  path: string,
  variables: Variables,
  defaults: Map<string, ValueNode>,
): Generator<[string, string]> {
  switch (node.kind) {
    case Kind.STRING:
      yield [path, node.value];
      break;
    case Kind.LIST:
      for (const [i, item] of node.values.entries()) {
        yield* stringsInValue(item, `${path}[${i}]`, variables, defaults);
      }
      break;
    case Kind.OBJECT:
      for (const field of node.fields) {
        yield* stringsInValue(field.value, `${path}.${field.name.value}`, variables, defaults);
      }
      break;
    case Kind.VARIABLE: {
      const name = node.name.value;
      const fallback = defaults.get(name);
      if (Object.hasOwn(variables, name)) yield* stringsInJson(variables[name], path);
      else if (fallback) yield* stringsInValue(fallback, path, variables, defaults);
      break;
    }
    default:
  }
}

/** The field path (`a.b`) or `@directive` that an argument below these ancestors belongs to. */
function ownerOf(ancestors: ReadonlyArray<ASTNode | ReadonlyArray<ASTNode>>): string {
  const nodes = ancestors.filter((a): a is ASTNode => !Array.isArray(a));
  const owner = nodes.at(-1);
  if (owner?.kind === Kind.DIRECTIVE) return `@${owner.name.value}`;
  return nodes.flatMap((node) => (node.kind === Kind.FIELD ? [node.name.value] : [])).join('.');
}

/**
 * The first argument of the operation (in its own selections and in the fragments it
 * may spread) whose value, inline or through a variable, holds unstorable text.
 */
export function findUnstorableArgument(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): UnstorableArgument | null {
  const defaults = new Map<string, ValueNode>();
  for (const { variable, defaultValue } of operation.variableDefinitions ?? []) {
    if (defaultValue) defaults.set(variable.name.value, defaultValue);
  }
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  let found: UnstorableArgument | null = null;
  for (const definition of [operation, ...fragments]) {
    visit(definition, {
      Argument(node, _key, _parent, _path, ancestors) {
        const strings = stringsInValue(node.value, node.name.value, variables, defaults);
        for (const [argument, text] of strings) {
          const character = unstorableCharacter(text);
          if (character) {
            found = { field: ownerOf(ancestors), argument, character };
            return BREAK;
          }
        }
        return undefined;
      },
    });
    if (found) return found;
  }
  return null;
}

/**
 * Refuses, before anything runs, an operation whose arguments hold text PostgreSQL
 * cannot store (NUL, lone surrogates), inline or in variables, at any depth of input
 * objects and lists. In the gateway it runs before any subgraph is called; in a
 * subgraph, before any resolver. The client gets BAD_USER_INPUT naming the argument.
 */
export function rejectUnstorableArguments<
  Context extends BaseContext,
>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return; // not resolved: Apollo Server reports that itself
          const found = findUnstorableArgument(document, operation, request.variables ?? {});
          if (!found) return;
          throw new GraphQLError(
            `Argument ${found.argument} of ${found.field} contains ${found.character}, which cannot be stored`,
            {
              extensions: {
                code: 'BAD_USER_INPUT',
                field: found.field,
                argument: found.argument,
                // Apollo Server answers errors thrown here with a 500 unless told otherwise.
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}
