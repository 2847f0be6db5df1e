import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  await db.schema
    .createTable('services')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    // The Open311 service_code: partners keep it, so it never changes.
    .addColumn('code', 'text', (c) => c.notNull().unique())
    // An accounts Department: another schema, so no foreign key.
    .addColumn('department_id', 'uuid', (c) => c.notNull())
    .addColumn('group_en', 'text', (c) => c.notNull())
    .addColumn('group_es', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_es', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('description_es', 'text', (c) => c.notNull())
    .addColumn('keywords', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('sla_hours', 'integer', (c) => c.notNull().check(sql`sla_hours > 0`))
    .addColumn('asset_type_code', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('service_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('service_id', 'uuid', (c) => c.notNull().references('services.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('OPEN', 'CLOSED')`))
    .addColumn('channel', 'text', (c) =>
      c
        .notNull()
        .check(sql`channel in ('PHONE', 'WEB', 'MOBILE_APP', 'CHATBOT', 'EMAIL', 'WALK_IN')`),
    )
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull().check(sql`locale in ('en', 'es')`))
    .addColumn('lon', 'double precision', (c) => c.notNull().check(sql`lon between -180 and 180`))
    .addColumn('lat', 'double precision', (c) => c.notNull().check(sql`lat between -90 and 90`))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('district', 'integer')
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('closed_at', 'timestamptz')
    // A closed request says when; an open one has not been closed (a reopen clears it).
    .addCheckConstraint(
      'service_requests_closed_at_matches_status',
      sql`(status = 'CLOSED') = (closed_at is not null)`,
    )
    .addCheckConstraint(
      'service_requests_closed_after_requested',
      sql`closed_at is null or closed_at >= requested_at`,
    )
    .execute();
  await db.schema
    .createIndex('service_requests_status_requested_at')
    .on('service_requests')
    .columns(['status', 'requested_at'])
    .execute();
  // The unfiltered list: newest first, keyset on (requested_at, id).
  await sql`create index service_requests_requested_at_id on service_requests (requested_at desc, id desc)`.execute(
    db,
  );
  await db.schema
    .createIndex('service_requests_service_id')
    .on('service_requests')
    .column('service_id')
    .execute();
  // Radius and box searches (core Postgres, no PostGIS): a GiST index on the point.
  await sql`create index service_requests_location on service_requests using gist (point(lon, lat))`.execute(
    db,
  );

  await db.schema
    .createTable('work_orders')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('service_request_id', 'uuid', (c) => c.notNull().references('service_requests.id'))
    .addColumn('service_id', 'uuid', (c) => c.notNull().references('services.id'))
    // Accounts entities: other schema, so no foreign keys.
    .addColumn('department_id', 'uuid', (c) => c.notNull())
    .addColumn('crew_id', 'uuid')
    .addColumn('assignee_id', 'uuid')
    // An assets Asset, when the work is about one.
    .addColumn('asset_id', 'uuid')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`status in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CLOSED', 'CANCELLED')`,
        ),
    )
    .addColumn('priority', 'text', (c) =>
      c.notNull().check(sql`priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')`),
    )
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('lon', 'double precision', (c) => c.notNull().check(sql`lon between -180 and 180`))
    .addColumn('lat', 'double precision', (c) => c.notNull().check(sql`lat between -90 and 90`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('completed_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('resolution', 'text')
    // Optimistic concurrency: every update bumps it, a stale edit is refused.
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
    // Open work has neither finished nor closed; a completed or closed one says when.
    .addCheckConstraint(
      'work_orders_open_has_no_end',
      sql`status not in ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'ON_HOLD') or (completed_at is null and closed_at is null)`,
    )
    .addCheckConstraint(
      'work_orders_completed_at_set',
      sql`status <> 'COMPLETED' or completed_at is not null`,
    )
    .addCheckConstraint(
      'work_orders_closed_at_set',
      sql`status <> 'CLOSED' or closed_at is not null`,
    )
    .execute();
  // The list filters: status (newest first, keyset on created_at, id) and the owners.
  await sql`create index work_orders_status_created_at_id on work_orders (status, created_at desc, id)`.execute(
    db,
  );
  await sql`create index work_orders_created_at_id on work_orders (created_at desc, id desc)`.execute(
    db,
  );
  for (const column of ['department_id', 'assignee_id', 'crew_id', 'service_request_id']) {
    await db.schema.createIndex(`work_orders_${column}`).on('work_orders').column(column).execute();
  }
  await sql`create index work_orders_location on work_orders using gist (point(lon, lat))`.execute(
    db,
  );
}
