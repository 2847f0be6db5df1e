import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  await db.schema
    .createTable('datasets')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('keywords', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('themes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('accrual_periodicity', 'text', (c) => c.notNull())
    // An accounts Department: schemas never reference each other's tables.
    .addColumn('publisher_department_id', 'uuid', (c) => c.notNull())
    .addColumn('access_level', 'text', (c) => c.notNull().defaultTo('public'))
    // CC0: city data is in the public domain unless a dataset says otherwise.
    .addColumn('license', 'text', (c) =>
      c.notNull().defaultTo('https://creativecommons.org/publicdomain/zero/1.0/'),
    )
    .addColumn('issued', 'timestamptz', (c) => c.notNull())
    .addColumn('modified', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
