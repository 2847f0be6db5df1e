import { type Kysely, sql } from 'kysely';

// Photos residents send with a request and the one a field worker takes when the work
// is done. The row is the photo's record (who sent it, what it is attached to) and, by
// default, its bytes too (see photos/postgres-photo-store.ts); an object store would
// keep the bytes elsewhere and leave those columns null.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  await db.schema
    .createTable('photos')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('REPORTER', 'COMPLETION')`))
    // Of the stored (re-encoded) image, as its magic bytes said; never the client's word.
    .addColumn('content_type', 'text', (c) =>
      c.notNull().check(sql`content_type in ('image/jpeg', 'image/png', 'image/webp')`),
    )
    .addColumn('bytes', 'bytea')
    .addColumn('thumbnail_content_type', 'text', (c) => c.notNull())
    .addColumn('thumbnail_bytes', 'bytea')
    .addColumn('width', 'integer', (c) => c.notNull().check(sql`width > 0`))
    .addColumn('height', 'integer', (c) => c.notNull().check(sql`height > 0`))
    .addColumn('size', 'integer', (c) => c.notNull().check(sql`size > 0`))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by_kind', 'text', (c) => c.notNull())
    .addColumn('uploaded_by_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // Null until a request (or a completed work order) takes it; until then only its
    // uploader may see it, and the sweeper deletes it after a day.
    .addColumn('service_request_id', 'uuid', (c) => c.references('service_requests.id'))
    .addColumn('work_order_id', 'uuid', (c) => c.references('work_orders.id'))
    // A completion photo belongs to the work order and, through it, to its request.
    .addCheckConstraint(
      'photos_attached_to_request',
      sql`work_order_id is null or (kind = 'COMPLETION' and service_request_id is not null)`,
    )
    .execute();
  // JPEG, PNG and WebP are compressed already: TOAST would spend CPU compressing them again.
  await sql`alter table photos alter column bytes set storage external, alter column thumbnail_bytes set storage external`.execute(
    db,
  );
  await sql`create index photos_service_request on photos (service_request_id, created_at) where service_request_id is not null`.execute(
    db,
  );
  await sql`create index photos_work_order on photos (work_order_id, created_at) where work_order_id is not null`.execute(
    db,
  );
  await sql`create index photos_unattached on photos (created_at) where service_request_id is null`.execute(
    db,
  );
}
