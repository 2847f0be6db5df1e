import { type Kysely, sql } from 'kysely';

// ServiceRequest.nearbyAssets: assets within a radius of each request, nearest first,
// with cube + earthdistance (no PostGIS). The radius search of the asset list
// (AssetFilter.near) needs the same extensions and index; both migrations say
// `if not exists`, so whichever runs first creates them and the other finds them.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  // Extensions are per database; test files migrating schemas of one database in
  // parallel would race on the catalog without this lock.
  await sql`select pg_advisory_xact_lock(hashtext('civicgraph: create extension earthdistance'))`.execute(
    db,
  );
  await sql`create extension if not exists cube with schema public`.execute(db);
  await sql`create extension if not exists earthdistance with schema public`.execute(db);
  // `earth_box(centre, r) @> ll_to_earth(lat, lon)` is answered from this index.
  await sql`create index if not exists assets_earth_location on assets using gist (ll_to_earth(lat, lon))`.execute(
    db,
  );
}
