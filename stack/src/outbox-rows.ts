// Test helper: imported by test files only.

import pg from 'pg';

/**
 * Ids of the requests outbox's events (`requests.outbox_events`, the contract in
 * subgraphs/requests/README.md) after `after` that match `condition` (SQL over its
 * columns, with `$2`, `$3`, … for `values`), in id order, as text: what a subscriber
 * with that filter must have received.
 */
export async function outboxIds(
  databaseUrl: string,
  after: string,
  condition = 'true',
  values: unknown[] = [],
): Promise<string[]> {
  const { rows } = await query<{ id: string }>(
    databaseUrl,
    `select id::text as id from requests.outbox_events where id > $1 and (${condition}) order by outbox_events.id`,
    [after, ...values],
  );
  return rows.map((row) => row.id);
}

/** The newest event id in the outbox ('0' when it has none). */
export async function newestOutboxId(databaseUrl: string): Promise<string> {
  const { rows } = await query<{ newest: string }>(
    databaseUrl,
    'select coalesce(max(id), 0)::text as newest from requests.outbox_events',
  );
  return rows[0]!.newest;
}

/** One statement on a connection of its own. */
export async function query<Row extends pg.QueryResultRow>(
  databaseUrl: string,
  text: string,
  values: unknown[] = [],
): Promise<pg.QueryResult<Row>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await client.query<Row>(text, values);
  } finally {
    await client.end();
  }
}
