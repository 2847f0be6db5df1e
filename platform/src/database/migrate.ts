import { type Kysely, sql } from 'kysely';
import { type MigrationResult, Migrator } from 'kysely/migration';
import { quoteIdent } from './create-database';
import { MigrationFolder } from './migration-folder';

export interface MigrateOptions {
  /** The subgraph's schema; its migration bookkeeping lives there too. */
  schema: string;
  /** Folder of forward-only, timestamped migration files (`2026_11_29_0001_name.ts`). */
  folder: string;
}

/** Thrown when a migration fails; names the migration so the operator knows where to look. */
export class MigrationError extends Error {
  constructor(
    readonly schema: string,
    readonly migration: string | undefined,
    override readonly cause: unknown,
  ) {
    super(
      `Migration ${migration ?? '(setup)'} of schema "${schema}" failed: ${
        cause instanceof Error ? cause.message : String(cause)
      }`,
    );
    this.name = 'MigrationError';
  }
}

/**
 * Brings one subgraph's schema to its latest migration. Kysely's migrator takes a
 * lock, so concurrent starts of the same service are safe.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database
export async function migrateToLatest(db: Kysely<any>, options: MigrateOptions) {
  await sql`create schema if not exists ${sql.raw(quoteIdent(options.schema))}`.execute(db);
  const migrator = new Migrator({
    db,
    provider: new MigrationFolder(options.folder),
    migrationTableSchema: options.schema,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r: MigrationResult) => r.status === 'Error');
    throw new MigrationError(options.schema, failed?.migrationName, error);
  }
  return (results ?? []).map((r) => r.migrationName);
}
