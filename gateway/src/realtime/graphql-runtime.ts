import { createRequire } from 'node:module';

/**
 * The copy of graphql that @apollo/gateway and graphql-ws load. In Node every import
 * of 'graphql' is that one (CommonJS). Under vitest an `import` gets the ES module
 * build instead, a second copy whose schemas and errors the first does not recognise
 * ("from another module or realm"): the subscription code, which hands schemas and
 * errors to both libraries, takes theirs.
 */
export const graphql: typeof import('graphql') = createRequire(import.meta.url)('graphql');

/** Any error as this copy's GraphQLError, message, place and extensions kept. */
export function sharedGraphQLError(error: {
  message: string;
  extensions?: Record<string, unknown> | undefined;
  locations?: unknown;
  nodes?: unknown;
}): import('graphql').GraphQLError {
  if (error instanceof graphql.GraphQLError) return error;
  const nodes = (error as { nodes?: import('graphql').ASTNode[] }).nodes;
  return new graphql.GraphQLError(error.message, {
    ...(nodes ? { nodes } : {}),
    extensions: error.extensions ?? {},
  });
}
