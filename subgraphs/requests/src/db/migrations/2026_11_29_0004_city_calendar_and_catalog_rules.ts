import { type Kysely, sql } from 'kysely';

// What intake and the SLA clock need to know about the city, kept in the requests
// schema (no subgraph reads another's tables): its boundary and council districts,
// its time zone, business hours and holidays. And what the catalog says about each
// service beyond its name: Open311 attributes, resolution codes, reply templates.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  await db.schema
    .createTable('city')
    // One row: the city this deployment serves.
    .addColumn('id', 'boolean', (c) => c.primaryKey().defaultTo(true).check(sql`id`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('jurisdiction_id', 'text', (c) => c.notNull())
    .addColumn('number_prefix', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    // GeoJSON Polygon or MultiPolygon.
    .addColumn('boundary', 'jsonb', (c) => c.notNull())
    // ISO weekdays (1 = Monday) and local opening hours, e.g. {"days":[1,2,3,4,5],"start":"08:00","end":"17:00"}.
    .addColumn('business_hours', 'jsonb', (c) => c.notNull())
    .addColumn('holidays', sql`date[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute();

  await db.schema
    .createTable('districts')
    .addColumn('number', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('geometry', 'jsonb', (c) => c.notNull())
    .execute();

  await db.schema
    .alterTable('services')
    // Encampments, code complaints: their exact location is not published.
    .addColumn('location_sensitive', 'boolean', (c) => c.notNull().defaultTo(false))
    // The SLA counts business hours (and skips holidays) rather than every hour.
    .addColumn('sla_business_hours', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('default_priority', 'text', (c) =>
      c
        .notNull()
        .defaultTo('NORMAL')
        .check(sql`default_priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')`),
    )
    .addColumn('retired_at', 'timestamptz')
    .execute();

  await db.schema
    .alterTable('work_orders')
    // Which SLA the due time was computed from, as it was when the work was created.
    .addColumn('sla_hours', 'integer')
    .addColumn('sla_business_hours', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await sql`update work_orders w set sla_hours = s.sla_hours from services s where s.id = w.service_id`.execute(
    db,
  );

  // Open311 service attributes (the service definition), in both languages.
  await db.schema
    .createTable('service_attributes')
    .addColumn('service_id', 'uuid', (c) => c.notNull().references('services.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('datatype', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`datatype in ('string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist')`,
        ),
    )
    .addColumn('required', 'boolean', (c) => c.notNull())
    // false: informational text shown to the reporter, never answered.
    .addColumn('variable', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('order', 'integer', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('description_es', 'text', (c) => c.notNull())
    // [{ key, name: { en, es } }] for list datatypes.
    .addColumn('values', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addPrimaryKeyConstraint('service_attributes_pkey', ['service_id', 'code'])
    .execute();

  // What finished work may be closed as, per service.
  await db.schema
    .createTable('resolution_codes')
    .addColumn('service_id', 'uuid', (c) => c.notNull().references('services.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_es', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('resolution_codes_pkey', ['service_id', 'code'])
    .execute();

  // Public status notes written on a state change, per service (or for every service
  // when service_id is null) and state, in both languages.
  await db.schema
    .createTable('reply_templates')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('service_id', 'uuid', (c) => c.references('services.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull())
    .addColumn('body_es', 'text', (c) => c.notNull())
    .execute();
  await sql`create unique index reply_templates_service_status on reply_templates (coalesce(service_id, '00000000-0000-0000-0000-000000000000'::uuid), status)`.execute(
    db,
  );

  // New numbers continue after the ones already issued (the demo seed moves them on).
  await sql`create sequence service_request_numbers`.execute(db);
  await sql`create sequence work_order_numbers`.execute(db);
}
