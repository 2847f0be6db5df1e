/** Postgres binds at most this many parameters in one statement. */
const MAX_PARAMETERS = 65_535;

/** How many rows of `columns` columns fit in one multi-row INSERT. */
export function rowsPerInsert(columns: number): number {
  return Math.floor(MAX_PARAMETERS / columns);
}

/** Consecutive slices of at most `size` rows, for multi-row INSERTs. */
export function* chunks<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}
