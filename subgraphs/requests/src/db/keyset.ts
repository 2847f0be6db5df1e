import { type RawBuilder, sql } from 'kysely';

/**
 * Where a row sits in a newest-first list: its timestamp and its id (the tie-breaker).
 * The timestamp is kept as Postgres text to the microsecond: a JS Date holds only
 * milliseconds, and a cursor rounded to them would skip or repeat rows written in
 * the same millisecond.
 */
export interface TimeKey {
  at: string;
  id: string;
}

/** The column as UTC ISO 8601 text with microseconds, e.g. 2026-11-29T08:00:00.123456Z. */
export function exactTimestamp(column: 'created_at' | 'requested_at'): RawBuilder<string> {
  return sql<string>`to_char(${sql.raw(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** `(column, id) < key` (older) or `>` (newer), as a row comparison an index can serve. */
export function comparedToKey(
  column: 'created_at' | 'requested_at',
  operator: '<' | '>',
  key: TimeKey,
): RawBuilder<boolean> {
  return sql<boolean>`(${sql.raw(column)}, id) ${sql.raw(operator)} (${key.at}::timestamptz, ${key.id}::uuid)`;
}
