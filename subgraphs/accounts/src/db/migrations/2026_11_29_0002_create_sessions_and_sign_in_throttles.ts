import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  // One sign-in of one staff member: the "family" of its rotating refresh tokens. Its
  // id is the `sid` of every access token issued under it; revoking it ends them all.
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('staff_id', 'uuid', (c) => c.notNull().references('staff.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_reason', 'text', (c) =>
      c.check(
        sql`revoked_reason in ('LOGOUT', 'REFRESH_TOKEN_REUSED', 'STAFF_DEACTIVATED', 'PASSWORD_RESET', 'ROLE_CHANGED')`,
      ),
    )
    .addCheckConstraint(
      'sessions_revoked_with_reason',
      sql`(revoked_at is null) = (revoked_reason is null)`,
    )
    .execute();
  await db.schema.createIndex('sessions_staff_id').on('sessions').column('staff_id').execute();

  // Only a hash is kept: a copy of this table signs nobody in. A token is retired
  // when it is exchanged for the next; presenting a retired one again means two
  // parties hold the family, so the whole session is revoked.
  await db.schema
    .createTable('refresh_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'uuid', (c) =>
      c.notNull().references('sessions.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('retired_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('refresh_tokens_session_id')
    .on('refresh_tokens')
    .column('session_id')
    .execute();

  // Failed sign-ins per normalised email, whether or not a staff member has it, so
  // that being locked out says nothing about an address.
  await db.schema
    .createTable('sign_in_throttles')
    .addColumn('email', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('locked_until', 'timestamptz')
    .execute();
}
