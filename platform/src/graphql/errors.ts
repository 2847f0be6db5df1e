import { GraphQLError } from 'graphql';

/** Input that cannot be served: the client must change the request. */
export function badUserInput(message: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

/** A referenced record does not exist (or the caller may not know it exists). */
export function notFound(what: string, id: string) {
  return new GraphQLError(`${what} ${id} was not found`, {
    extensions: { code: 'NOT_FOUND', id },
  });
}
