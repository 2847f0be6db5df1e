import { type Kysely, sql } from 'kysely';
import type { DatasetsDatabase } from '../db/database';

/** One event of the requests outbox, as the publisher reads it (requests README). */
export interface OutboxEvent {
  /** bigint as a string. */
  id: string;
  type: string;
  action: string;
  serviceRequestId: string;
  facts: Record<string, unknown>;
  occurredAt: string;
}

export interface OutboxRead {
  events: OutboxEvent[];
  /** Every event with id <= this may be gone (retention); read after the events. */
  prunedThrough: string;
}

/**
 * Up to `limit` events after `afterId`, oldest first, and the outbox horizon. One
 * statement: the horizon is read with the events, so a prune in between shows (the
 * README's rule: never read the horizon before the events). The outbox is the
 * requests subgraph's published contract; its tables are read, nothing else of theirs.
 */
export async function readOutbox(
  db: Kysely<DatasetsDatabase>,
  afterId: string,
  limit: number,
): Promise<OutboxRead> {
  const { rows } = await sql<{ events: OutboxEvent[] | null; horizon: string }>`
    select
      (select json_agg(e order by e.id::bigint) from (
         select id::text as id, type, action, service_request_id as "serviceRequestId", facts,
                to_json(occurred_at) #>> '{}' as "occurredAt"
         from requests.outbox_events
         where id > ${afterId}::bigint
         -- The table's bigint id, not the text alias of the same name: in text order
         -- "10" sorts before "9", and a batch would skip events and move backwards.
         order by outbox_events.id
         limit ${limit}
       ) e) as events,
      (select coalesce(max(pruned_through), 0)::text from requests.outbox_horizon) as horizon
  `.execute(db);
  const row = rows[0]!;
  return { events: row.events ?? [], prunedThrough: row.horizon };
}
