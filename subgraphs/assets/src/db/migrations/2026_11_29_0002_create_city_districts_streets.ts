import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  // The city this deployment serves: its profile, so that nothing downstream (the
  // console's time zone, Open311's jurisdiction) has to know which city it is.
  await db.schema
    .createTable('city')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('jurisdiction_id', 'text', (c) => c.notNull())
    .addColumn('locales', sql`text[]`, (c) => c.notNull().check(sql`cardinality(locales) > 0`))
    // [west, south, east, north] in WGS84 degrees, as in GeoJSON.
    .addColumn('bbox', sql`double precision[]`, (c) =>
      c
        .notNull()
        .check(
          sql`array_ndims(bbox) = 1 and array_length(bbox, 1) = 4 and array_position(bbox, null) is null and bbox[1] <= bbox[3] and bbox[2] <= bbox[4]`,
        ),
    )
    // GeoJSON Polygon or MultiPolygon of the city limits.
    .addColumn('boundary', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // A deployment serves exactly one city: a second row would make `Query.city` ambiguous.
  await sql`create unique index city_single_row on city ((true))`.execute(db);

  await db.schema
    .createTable('districts')
    .addColumn('number', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    // GeoJSON Polygon.
    .addColumn('boundary', 'jsonb', (c) => c.notNull())
    // The polygon's bounding box, so that map tiles and spatial filters can skip
    // districts cheaply before testing the polygon itself.
    .addColumn('west', 'double precision', (c) => c.notNull())
    .addColumn('south', 'double precision', (c) => c.notNull())
    .addColumn('east', 'double precision', (c) => c.notNull())
    .addColumn('north', 'double precision', (c) => c.notNull())
    .addCheckConstraint('districts_bbox_ordered', sql`west <= east and south <= north`)
    .execute();

  await db.schema
    .createTable('streets')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('axis', 'text', (c) => c.notNull().check(sql`axis in ('NORTH_SOUTH', 'EAST_WEST')`))
    // GeoJSON LineString.
    .addColumn('geometry', 'jsonb', (c) => c.notNull())
    .addColumn('length_m', 'double precision', (c) => c.notNull().check(sql`length_m >= 0`))
    .execute();
  // The name filter compares case-insensitively.
  await sql`create index streets_name_lower on streets (lower(name))`.execute(db);
}
