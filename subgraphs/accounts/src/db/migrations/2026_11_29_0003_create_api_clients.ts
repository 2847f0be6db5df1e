import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  // A partner application; what it may do is its scopes, how often its rate limit.
  await db.schema
    .createTable('api_clients')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('contact_email', 'text', (c) => c.notNull())
    .addColumn('scopes', sql`text[]`, (c) =>
      c
        .notNull()
        .check(
          sql`scopes <@ array['catalog:read', 'requests:read', 'requests:write', 'data:read', 'residents:act']::text[]`,
        ),
    )
    .addColumn('rate_limit_per_minute', 'integer', (c) =>
      c.notNull().check(sql`rate_limit_per_minute > 0`),
    )
    .addColumn('persisted_operations_only', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('last_used_at', 'timestamptz')
    .execute();

  // A client's keys: the current one (no expiry) and, after a rotation, the ones it
  // replaced until their grace period ends. Only the prefix (shown to admins, to tell
  // keys apart) and a sha256 of the whole key are kept.
  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('api_clients.id'))
    .addColumn('prefix', 'text', (c) => c.notNull().unique())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz')
    .addColumn('last_used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('api_keys_client_id').on('api_keys').column('client_id').execute();
}
