import { type Kysely, sql } from 'kysely';

// The resident who reported a request while signed in (themself, or a partner app
// acting for them): Resident.serviceRequests. Null for everyone else's reports and
// for demo data. No foreign key: residents live in accounts.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  await db.schema
    .alterTable('service_requests')
    .addColumn('reporter_resident_id', 'uuid')
    .execute();
  await db.schema
    .createIndex('service_requests_by_reporter_resident')
    .on('service_requests')
    .columns(['reporter_resident_id', 'requested_at desc', 'id desc'])
    .where(sql.ref('reporter_resident_id'), 'is not', null)
    .execute();
}
