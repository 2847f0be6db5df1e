import { CompiledQuery, type Kysely } from 'kysely';

/** Above this many rows a list's count is the planner's estimate, marked as such. */
export const EXACT_COUNT_THRESHOLD = 10_000;

export interface ListCount {
  count: number;
  /** true: the planner's estimate, because exact counting would cost more than the page. */
  isEstimate: boolean;
}

// Anything Kysely can compile: the filtered `select … from …` whose rows are counted.
interface Compilable {
  compile(): CompiledQuery;
}

/**
 * Counts the rows of `rows` exactly while there are at most `threshold` of them (a
 * subquery with `limit threshold + 1` stops reading there), and above that returns
 * the planner's row estimate from `EXPLAIN (FORMAT JSON)`, never less than what was
 * seen. Either way it costs about as much as reading `threshold` index entries.
 */
export async function boundedCount(
  // biome-ignore lint/suspicious/noExplicitAny: runs against whichever database built `rows`
  db: Kysely<any>,
  rows: Compilable,
  threshold = EXACT_COUNT_THRESHOLD,
): Promise<ListCount> {
  const compiled = rows.compile();
  const counted = await db.executeQuery<{ count: number }>(
    CompiledQuery.raw(
      `select count(*)::int as count from (${compiled.sql} limit ${threshold + 1}) as rows`,
      [...compiled.parameters],
    ),
  );
  const exact = counted.rows[0]?.count ?? 0;
  if (exact <= threshold) return { count: exact, isEstimate: false };
  const plan = await db.executeQuery<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>(
    CompiledQuery.raw(`explain (format json) ${compiled.sql}`, [...compiled.parameters]),
  );
  const estimate = Math.round(plan.rows[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0);
  return { count: Math.max(estimate, threshold + 1), isEstimate: true };
}

/** The exact count(*) of a filtered query, for checks and the bench's "before". */
export async function exactCount(
  // biome-ignore lint/suspicious/noExplicitAny: runs against whichever database built `rows`
  db: Kysely<any>,
  rows: Compilable,
): Promise<number> {
  const compiled = rows.compile();
  const result = await db.executeQuery<{ count: number }>(
    CompiledQuery.raw(`select count(*)::int as count from (${compiled.sql}) as rows`, [
      ...compiled.parameters,
    ]),
  );
  return result.rows[0]?.count ?? 0;
}
