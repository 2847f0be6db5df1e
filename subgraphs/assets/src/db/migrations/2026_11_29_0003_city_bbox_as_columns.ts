import { type Kysely, sql } from 'kysely';

// The city's bbox becomes four columns, as the districts' already are, so that one
// bounding-box shape (west, south, east, north) serves every table and the code.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  await db.schema
    .alterTable('city')
    .addColumn('west', 'double precision')
    .addColumn('south', 'double precision')
    .addColumn('east', 'double precision')
    .addColumn('north', 'double precision')
    .execute();
  await sql`update city set west = bbox[1], south = bbox[2], east = bbox[3], north = bbox[4]`.execute(
    db,
  );
  await db.schema
    .alterTable('city')
    .alterColumn('west', (c) => c.setNotNull())
    .alterColumn('south', (c) => c.setNotNull())
    .alterColumn('east', (c) => c.setNotNull())
    .alterColumn('north', (c) => c.setNotNull())
    .dropColumn('bbox')
    .execute();
  await db.schema
    .alterTable('city')
    .addCheckConstraint('city_bbox_ordered', sql`west < east and south < north`)
    .execute();
}
