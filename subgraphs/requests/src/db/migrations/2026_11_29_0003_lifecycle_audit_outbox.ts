import { type Kysely, sql } from 'kysely';

// The write side of requests: who changed what (change_log), what the outside world is
// told (outbox_events), notes, the reporter's own details, and counters of open work
// kept in the same transaction as each change, so that list counts never scan history.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  await db.schema
    .alterTable('service_requests')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
    // Linked both ways: the duplicate points at its original; the original finds its
    // duplicates through the index below.
    .addColumn('duplicate_of_id', 'uuid', (c) => c.references('service_requests.id'))
    // The reporter's details, for this request only: personal data (docs/ACCESS.md).
    .addColumn('reporter_name', 'text')
    .addColumn('reporter_email', 'text')
    .addColumn('reporter_phone', 'text')
    // Who filed it: a staff member taking a phone call, or a partner app.
    .addColumn('submitted_by_kind', 'text')
    .addColumn('submitted_by_id', 'text')
    .addColumn('attributes', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('media_urls', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute();
  await sql`create index service_requests_duplicate_of on service_requests (duplicate_of_id) where duplicate_of_id is not null`.execute(
    db,
  );

  await db.schema
    .alterTable('work_orders')
    // Copied from the request when the work order is created (a request never moves):
    // district filters and counters then need no join.
    .addColumn('district', 'integer')
    // Set by the overdue scheduler in the same transaction as its event, so that
    // "overdue" is state that lists, counters and subscribers agree on.
    .addColumn('overdue', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('hold_reason', 'text')
    .addColumn('resolution_code', 'text')
    .addColumn('changed_by_kind', 'text')
    .addColumn('changed_by_id', 'text')
    .execute();
  await sql`update work_orders w set district = r.district from service_requests r where r.id = w.service_request_id`.execute(
    db,
  );
  await sql`
    update work_orders set overdue = true
    where status not in ('COMPLETED', 'CLOSED', 'CANCELLED') and due_at < now()
  `.execute(db);

  // One row per change of a work order or a request: the audit trail. A version is
  // recorded once per entity, so an entry can be neither lost nor written twice.
  await db.schema
    .createTable('change_log')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('entity_type', 'text', (c) =>
      c.notNull().check(sql`entity_type in ('WORK_ORDER', 'SERVICE_REQUEST')`),
    )
    .addColumn('entity_id', 'uuid', (c) => c.notNull())
    .addColumn('service_request_id', 'uuid', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('changes', 'jsonb', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('change_log_entity_version', ['entity_type', 'entity_id', 'version'])
    .execute();
  await db.schema
    .createIndex('change_log_service_request')
    .on('change_log')
    .columns(['service_request_id', 'id'])
    .execute();

  await db.schema
    .createTable('notes')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('service_request_id', 'uuid', (c) => c.notNull().references('service_requests.id'))
    .addColumn('work_order_id', 'uuid', (c) => c.references('work_orders.id'))
    .addColumn('visibility', 'text', (c) =>
      c.notNull().check(sql`visibility in ('PUBLIC', 'INTERNAL')`),
    )
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_kind', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('notes_service_request')
    .on('notes')
    .columns(['service_request_id', 'created_at'])
    .execute();

  // The transactional outbox. Ids are taken under a transaction-scoped advisory lock
  // held to commit (see lifecycle/outbox.ts), so they become visible in id order and a
  // reader that resumes "after id N" never skips a row committed late.
  await db.schema
    .createTable('outbox_events')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'uuid', (c) => c.notNull())
    .addColumn('entity_version', 'integer', (c) => c.notNull())
    .addColumn('service_request_id', 'uuid', (c) => c.notNull())
    .addColumn('changed', sql`text[]`, (c) => c.notNull())
    .addColumn('facts', 'jsonb', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('outbox_events_entity_version', [
      'entity_type',
      'entity_id',
      'entity_version',
    ])
    .execute();
  await db.schema
    .createIndex('outbox_events_occurred_at')
    .on('outbox_events')
    .column('occurred_at')
    .execute();

  // Work orders counted by every dimension the dispatcher filters on at once. A count
  // for any combination of them sums at most a few thousand rows, whatever the history.
  await db.schema
    .createTable('work_order_counts')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('department_id', 'uuid', (c) => c.notNull())
    .addColumn('service_id', 'uuid', (c) => c.notNull())
    // 0 stands for "in no district": a primary key column cannot be null.
    .addColumn('district', 'integer', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('overdue', 'boolean', (c) => c.notNull())
    .addColumn('count', 'bigint', (c) => c.notNull().check(sql`count >= 0`))
    .addPrimaryKeyConstraint('work_order_counts_pkey', [
      'status',
      'department_id',
      'service_id',
      'district',
      'priority',
      'overdue',
    ])
    .execute();
  await sql`
    insert into work_order_counts (status, department_id, service_id, district, priority, overdue, count)
    select status, department_id, service_id, coalesce(district, 0), priority, overdue, count(*)
    from work_orders group by 1, 2, 3, 4, 5, 6
  `.execute(db);
}
