import type { GraphQLResponse } from './post-graphql';

/** The data of a response that must have succeeded; fails the test with its errors. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors || !response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

/** The extension codes of a response's errors, in order (empty when it succeeded). */
export function errorCodes(response: GraphQLResponse<unknown>): Array<string | undefined> {
  return (response.errors ?? []).map((e) => e.extensions?.code);
}
