import { GraphQLError, GraphQLScalarType } from 'graphql';
import { builder } from '../builder';

function rejectInput(): never {
  throw new GraphQLError('JSONObject is output-only: no argument accepts it', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * A JSON object served as itself. A dataset's rows are as varied as its columns, so a
 * row's values come as one object keyed by column name, each value of its column's
 * JSON type (numbers as numbers, booleans as booleans, null when empty): a client
 * reads `row.values.amount_usd` without matching positions to a column list or
 * parsing strings back into numbers.
 */
const JSONObjectScalar = new GraphQLScalarType<never, Record<string, unknown>>({
  name: 'JSONObject',
  description:
    "A JSON object: a dataset row's values (or a group's key or measures) by column name, " +
    "each of its column's JSON type. Output-only.",
  serialize(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new GraphQLError('JSONObject cannot represent a value that is not an object');
    }
    return value as Record<string, unknown>;
  },
  parseValue: rejectInput,
  parseLiteral: rejectInput,
});

export const JSONObjectRef = builder.addScalarType('JSONObject', JSONObjectScalar);
