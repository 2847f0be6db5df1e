import { type Kysely, sql } from 'kysely';

// Map tiles of line assets (road segments): a line crosses tiles its representative
// point is far from, so a street-level tile must find lines by their own extent, not
// by the point. Core Postgres only: the line's bounding box, from its GeoJSON, in a
// GiST index of boxes (`line_box(line) && box(...)` is answered from it). Point assets
// keep using `assets_location` on point(lon, lat).
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the database as it was then
export async function up(db: Kysely<any>) {
  // Immutable: the box depends on the line's value only (an index expression must be).
  await sql`
    create function line_box(line jsonb) returns box
    language sql immutable strict parallel safe
    as $$
      select box(
        point(min((c ->> 0)::float8), min((c ->> 1)::float8)),
        point(max((c ->> 0)::float8), max((c ->> 1)::float8))
      )
      from jsonb_array_elements(line -> 'coordinates') as c
    $$
  `.execute(db);
  await sql`create index assets_line_box on assets using gist (line_box(line)) where line is not null`.execute(
    db,
  );
}
