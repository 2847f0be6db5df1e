import { GraphQLError } from 'graphql';

/** The codes of the limits an operation can exceed. */
export type LimitCode =
  | 'MAX_DEPTH_EXCEEDED'
  | 'MAX_ALIASES_EXCEEDED'
  | 'MAX_ROOT_FIELDS_EXCEEDED'
  | 'MAX_DIRECTIVES_EXCEEDED'
  | 'MAX_TOKENS_EXCEEDED'
  | 'MAX_COST_EXCEEDED';

/**
 * A limit's refusal: its code, the limit and the operation's value, so that a client
 * knows by how much to shrink it. HTTP 400: the operation never runs.
 */
export function limitError(code: LimitCode, what: string, limit: number, value: number) {
  return new GraphQLError(`The operation's ${what} is ${value}; the limit is ${limit}`, {
    extensions: { code, limit, value, http: { status: 400 } },
  });
}
