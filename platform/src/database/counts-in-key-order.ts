/**
 * The rows of a `count(*) … group by key` query as one count per key, in the order of
 * `keys` and 0 for a key no row has: what a batched (DataLoader) count field returns.
 * Postgres counts are bigint, which `pg` hands over as strings.
 */
export function countsInKeyOrder<Key>(
  keys: readonly Key[],
  rows: readonly { key: Key; count: string | number | bigint }[],
): number[] {
  const counts = new Map(rows.map((row) => [row.key, Number(row.count)]));
  return keys.map((key) => counts.get(key) ?? 0);
}
