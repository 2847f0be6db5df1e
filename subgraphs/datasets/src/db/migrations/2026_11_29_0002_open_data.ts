import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  // Where a dataset's rows come from, and the DCAT-US metadata the catalog lacked.
  await db.schema
    .alterTable('datasets')
    .addColumn('source', 'text', (c) =>
      c.notNull().defaultTo('UPLOADED').check(sql`source in ('UPLOADED', 'LIVE', 'GRAPH')`),
    )
    .addColumn('contact_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('landing_page', 'text')
    // DCAT-US spatial: a bounding box "west,south,east,north" in WGS84 degrees.
    .addColumn('spatial', 'text')
    // DCAT-US temporal: "start/end" ISO 8601 dates, kept from the rows by their writers.
    .addColumn('temporal', 'text')
    .addColumn('row_count', 'bigint', (c) => c.notNull().defaultTo(0))
    // When the rows last changed: exports' Last-Modified and ETag.
    .addColumn('rows_modified', 'timestamptz')
    .execute();

  // The data dictionary: each column's name, type and meaning, in order.
  await db.schema
    .createTable('dataset_columns')
    .addColumn('dataset_id', 'uuid', (c) =>
      c.notNull().references('datasets.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) =>
      c.notNull().check(sql`type in ('text', 'integer', 'number', 'boolean', 'date', 'datetime')`),
    )
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('dataset_columns_pk', ['dataset_id', 'name'])
    .addUniqueConstraint('dataset_columns_position', ['dataset_id', 'position'])
    .execute();

  // Rows of every dataset: values by column name; a point when the dataset has one.
  await db.schema
    .createTable('dataset_rows')
    .addColumn('dataset_id', 'uuid', (c) =>
      c.notNull().references('datasets.id').onDelete('cascade'),
    )
    .addColumn('row_key', 'text', (c) => c.notNull())
    .addColumn('values', 'jsonb', (c) => c.notNull())
    .addColumn('lon', 'double precision')
    .addColumn('lat', 'double precision')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('dataset_rows_pk', ['dataset_id', 'row_key'])
    .execute();

  // How far each live publisher has read its source (an outbox event id).
  await db.schema
    .createTable('publisher_positions')
    .addColumn('publisher', 'text', (c) => c.primaryKey())
    .addColumn('last_event_id', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
