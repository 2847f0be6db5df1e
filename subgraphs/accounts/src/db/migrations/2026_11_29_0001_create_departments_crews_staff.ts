import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  await db.schema
    .createTable('departments')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_es', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('crews')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('department_id', 'uuid', (c) => c.notNull().references('departments.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('crews_department_id').on('crews').column('department_id').execute();

  await db.schema
    .createTable('staff')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('department_id', 'uuid', (c) => c.notNull().references('departments.id'))
    .addColumn('crew_id', 'uuid', (c) => c.references('crews.id'))
    .addColumn('given_name', 'text', (c) => c.notNull())
    .addColumn('family_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c
        .notNull()
        .check(sql`role in ('ADMIN', 'SUPERVISOR', 'DISPATCHER', 'FIELD_WORKER', 'ANALYST')`),
    )
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    // Null until the staff member has a password (argon2id hash).
    .addColumn('password_hash', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // Emails are compared case-insensitively at sign-in.
  await sql`create unique index staff_email_lower on staff (lower(email))`.execute(db);
  await db.schema.createIndex('staff_department_id').on('staff').column('department_id').execute();
  await db.schema.createIndex('staff_crew_id').on('staff').column('crew_id').execute();
}
