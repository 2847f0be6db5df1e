import { DateTimeScalar } from '@civicgraph/platform';
import type { GraphQLScalarType, GraphQLSchema } from 'graphql';

/**
 * Not graphql's `isScalarType`: the gateway's copy of graphql may not be ours (vitest
 * loads two), and graphql refuses a type from another copy.
 */
function isScalar(type: unknown): type is GraphQLScalarType {
  return Object.prototype.toString.call(type) === '[object GraphQLScalarType]';
}

/** Scalars whose input the gateway checks as the subgraphs do. */
const checkedScalars = [DateTimeScalar];

/**
 * The API schema the gateway builds from the supergraph knows a custom scalar only
 * by name and lets any value through. Giving it the subgraphs' own parsing makes the
 * gateway refuse a bad DateTime (BAD_USER_INPUT for a variable, validation failure
 * for a literal) before it plans a single subgraph call: no subgraph half-runs an
 * operation another one refuses. Serializing stays as it is: the subgraphs'
 * output is already in shape.
 */
export function checkScalarInputs(apiSchema: GraphQLSchema) {
  for (const scalar of checkedScalars) {
    const type = apiSchema.getType(scalar.name);
    if (!isScalar(type)) continue;
    type.parseValue = scalar.parseValue;
    type.parseLiteral = scalar.parseLiteral;
  }
}
