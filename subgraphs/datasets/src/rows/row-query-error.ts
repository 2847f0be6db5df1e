/**
 * A row query the client must change (an unknown column, a value that is not of the
 * column's type, an operator the type does not take). GraphQL answers it as
 * BAD_USER_INPUT, the exports as a 400; both name `argument` (a column, or `select`,
 * `orderBy`, `bbox`, …).
 */
export class RowQueryError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
  }
}
