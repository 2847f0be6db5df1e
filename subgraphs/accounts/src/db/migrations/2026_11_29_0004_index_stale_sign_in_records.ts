import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  // The sweep of stale sign-in records (auth/sweep.ts) finds them by these columns;
  // without the indexes it would scan tables that grow with every sign-in.
  await db.schema
    .createIndex('sign_in_throttles_window_started_at')
    .on('sign_in_throttles')
    .column('window_started_at')
    .execute();
  await db.schema.createIndex('sessions_expires_at').on('sessions').column('expires_at').execute();
}
