import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  // Residents sign in like staff: the same sessions and rotating refresh tokens, so
  // reuse detection, expiry and the sweep apply to both. A session belongs to exactly
  // one staff member or one resident.
  await db.schema
    .alterTable('sessions')
    .alterColumn('staff_id', (c) => c.dropNotNull())
    .execute();
  await db.schema
    .alterTable('sessions')
    .addColumn('resident_id', 'uuid', (c) => c.references('residents.id').onDelete('cascade'))
    .execute();
  await db.schema
    .alterTable('sessions')
    .addCheckConstraint('sessions_one_holder', sql`(staff_id is null) <> (resident_id is null)`)
    .execute();
  await db.schema
    .createIndex('sessions_resident_id')
    .on('sessions')
    .column('resident_id')
    .where(sql.ref('resident_id'), 'is not', null)
    .execute();
  await sql`alter table sessions drop constraint sessions_revoked_reason_check`.execute(db);
  await sql`alter table sessions add constraint sessions_revoked_reason_check check (revoked_reason in
    ('LOGOUT', 'REFRESH_TOKEN_REUSED', 'STAFF_DEACTIVATED', 'PASSWORD_RESET', 'ROLE_CHANGED', 'RESIDENT_DEACTIVATED'))`.execute(
    db,
  );

  // A resident's consent that one partner app act for them. The token is what the
  // resident hands that app; only its hash is kept. It works for that client only,
  // until it expires or the resident revokes it.
  await db.schema
    .createTable('resident_consents')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('resident_id', 'uuid', (c) =>
      c.notNull().references('residents.id').onDelete('cascade'),
    )
    .addColumn('api_client_id', 'uuid', (c) =>
      c.notNull().references('api_clients.id').onDelete('cascade'),
    )
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('last_used_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('resident_consents_by_resident')
    .on('resident_consents')
    .columns(['resident_id', 'created_at'])
    .execute();
}
