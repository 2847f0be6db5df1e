import { type Kysely, sql } from 'kysely';

// Radius searches (`AssetFilter.near`) on core PostgreSQL: cube and earthdistance
// (no PostGIS). Extensions belong to the database, not to a schema: they go to
// `public`, which every subgraph's search path ends with, so that whichever subgraph
// creates them first, the others find them.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  await sql`create extension if not exists cube with schema public`.execute(db);
  await sql`create extension if not exists earthdistance with schema public`.execute(db);
  // `earth_box(centre, r) @> ll_to_earth(lat, lon)` is answered from this index; the
  // exact `earth_distance(...) <= r` check then runs only on the box's few rows.
  await sql`create index assets_earth_location on assets using gist (ll_to_earth(lat, lon))`.execute(
    db,
  );
}
