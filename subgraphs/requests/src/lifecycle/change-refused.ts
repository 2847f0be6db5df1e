import { GraphQLError } from 'graphql';

/**
 * Why a change was refused. Single mutations answer with a GraphQL error carrying the
 * code and its details as extensions; `bulkAssign` puts the same code and details in
 * each item's result.
 */
export const changeRefusalCodes = [
  'CONFLICT',
  'INVALID_TRANSITION',
  'NOT_FOUND',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  // Intake and the catalog: typed refusals a client tells apart from a typo.
  'OUTSIDE_CITY',
  'SERVICE_RETIRED',
  'SERVICE_CODE_TAKEN',
] as const;
export type ChangeRefusalCode = (typeof changeRefusalCodes)[number];

/** Thrown inside a write; the write's transaction rolls back, so nothing is kept. */
export class ChangeRefused extends Error {
  constructor(
    readonly code: ChangeRefusalCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, { extensions: { code: this.code, ...this.details } });
  }
}

/** Bad input to a write, naming the argument (`field`) that must change. */
export function invalidInput(
  field: string,
  message: string,
  details: Record<string, unknown> = {},
) {
  return new ChangeRefused('BAD_USER_INPUT', message, { field, ...details });
}

/** Runs a write; a refusal becomes the GraphQL error the client sees. */
export async function refusalsAsErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ChangeRefused) throw error.toGraphQLError();
    throw error;
  }
}
