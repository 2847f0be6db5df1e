import type { Pool, PoolClient } from 'pg';

/**
 * One row of `requests.outbox_events`, the requests subgraph's published contract
 * (subgraphs/requests/README.md, "Outbox events"): the gateway reads it with SQL of
 * its own and never imports the subgraph's code.
 */
export interface OutboxEvent {
  /** bigint as text: ids outgrow a JS number's exact range long before the table does. */
  id: string;
  /** The same id as a bigint, for comparisons. */
  position: bigint;
  type: string;
  action: string;
  entityType: 'WORK_ORDER' | 'SERVICE_REQUEST';
  entityId: string;
  entityVersion: number;
  serviceRequestId: string;
  changed: string[];
  facts: Record<string, unknown>;
  occurredAt: Date;
}

interface OutboxRow {
  id: string;
  type: string;
  action: string;
  entity_type: 'WORK_ORDER' | 'SERVICE_REQUEST';
  entity_id: string;
  entity_version: number;
  service_request_id: string;
  changed: string[];
  facts: Record<string, unknown>;
  occurred_at: Date;
}

// The id as text: the platform makes pg parse bigint as a JS number for the whole
// process, which rounds ids past 2^53. Ordered by the column, not by the text alias.
const SELECT_AFTER = `
  select id::text as id, type, action, entity_type, entity_id, entity_version,
         service_request_id, changed, facts, occurred_at
    from requests.outbox_events
   where id > $1
   order by outbox_events.id
   limit $2`;

type Queryable = Pool | PoolClient;

/** Events after `after`, oldest first, at most `limit`. */
export async function readEventsAfter(
  db: Queryable,
  after: bigint,
  limit: number,
): Promise<OutboxEvent[]> {
  const { rows } = await db.query<OutboxRow>(SELECT_AFTER, [after.toString(), limit]);
  return rows.map((row) => ({
    id: row.id,
    position: BigInt(row.id),
    type: row.type,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    entityVersion: row.entity_version,
    serviceRequestId: row.service_request_id,
    changed: row.changed,
    facts: row.facts,
    occurredAt: row.occurred_at,
  }));
}

/** The newest event id written (0 when none ever was). */
export async function readNewestId(db: Queryable): Promise<bigint> {
  const { rows } = await db.query<{ newest: string }>(
    'select coalesce(max(id), 0)::text as newest from requests.outbox_events',
  );
  return BigInt(rows[0]!.newest);
}

/**
 * The highest id the requests subgraph's retention has deleted (0 when none): a
 * reader whose last seen id is below it has missed events that are gone.
 */
export async function readPrunedThrough(db: Queryable): Promise<bigint> {
  const { rows } = await db.query<{ prunedThrough: string }>(
    'select pruned_through::text as "prunedThrough" from requests.outbox_horizon',
  );
  return BigInt(rows[0]?.prunedThrough ?? '0');
}
