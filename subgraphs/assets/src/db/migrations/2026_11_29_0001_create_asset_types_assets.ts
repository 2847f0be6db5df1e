import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  await db.schema
    .createTable('asset_types')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_es', 'text', (c) => c.notNull())
    .addColumn('geometry_kind', 'text', (c) =>
      c.notNull().check(sql`geometry_kind in ('POINT', 'LINE')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('assets')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('asset_type_id', 'uuid', (c) => c.notNull().references('asset_types.id'))
    .addColumn('tag', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('ACTIVE', 'OUT_OF_SERVICE', 'RETIRED')`),
    )
    // The representative point: the asset itself, or a road segment's midpoint.
    .addColumn('lon', 'double precision', (c) => c.notNull().check(sql`lon between -180 and 180`))
    .addColumn('lat', 'double precision', (c) => c.notNull().check(sql`lat between -90 and 90`))
    // GeoJSON LineString of line assets (road segments); null for point assets.
    .addColumn('line', 'jsonb')
    .addColumn('street_name', 'text', (c) => c.notNull())
    .addColumn('district', 'integer')
    .addColumn('installed_on', 'date', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('assets_asset_type_id')
    .on('assets')
    .column('asset_type_id')
    .execute();
  await db.schema.createIndex('assets_status').on('assets').column('status').execute();
  await db.schema.createIndex('assets_district').on('assets').column('district').execute();
  // The street filter compares case-insensitively.
  await sql`create index assets_street_name_lower on assets (lower(street_name))`.execute(db);
  // Core Postgres only (no PostGIS): bbox and radius searches use this point index.
  await sql`create index assets_location on assets using gist (point(lon, lat))`.execute(db);
}
