import { type Kysely, sql } from 'kysely';
import type { AssetWithDistance } from './asset.repository';
import type { AssetsDatabase } from './database';

/** A place to search around, under the key its answer is returned for. */
export interface SearchPoint {
  key: string;
  lon: number;
  lat: number;
}

export interface NearbySearch {
  meters: number;
  /** Asset type codes; null for all types. */
  typeCodes: readonly string[] | null;
  limit: number;
}

/**
 * The assets within `meters` of each point, with their distance (every column
 * `selectAsset` reads, the dates as text), nearest first (ties by tag), at most `limit`
 * each, in the order of the points: one statement for all of them, a lateral lookup
 * per point that the GiST index on ll_to_earth(lat, lon) serves.
 */
export async function assetsNearPoints(
  db: Kysely<AssetsDatabase>,
  points: readonly SearchPoint[],
  search: NearbySearch,
): Promise<AssetWithDistance[][]> {
  const distinct = [...new Map(points.map((point) => [point.key, point])).values()];
  const empty = distinct.length === 0 || search.limit <= 0 || search.typeCodes?.length === 0;
  // earth_box fails on a radius of a few nanometres: the box is at least a metre wide,
  // and the exact distance check keeps the asked radius.
  const boxMeters = Math.max(search.meters, 1);
  const ofType =
    search.typeCodes == null
      ? sql<boolean>`true`
      : sql<boolean>`a.asset_type_id in (select id from asset_types where code = any(${[...search.typeCodes]}::text[]))`;
  const { rows } = empty
    ? { rows: [] }
    : await sql<AssetWithDistance & { key: string }>`
        select p.key, near.id, near.asset_type_id, near.tag, near.status, near.lon, near.lat,
          near.line, near.street_name, near.district, near.installed_on, near.version,
          near.condition_score, near.condition_inspected_on, near.distance as distance_meters
        from unnest(
          ${distinct.map((p) => p.key)}::text[],
          ${distinct.map((p) => p.lon)}::float8[],
          ${distinct.map((p) => p.lat)}::float8[]
        ) as p(key, lon, lat)
        cross join lateral (
          select a.id, a.asset_type_id, a.tag, a.status, a.lon, a.lat, a.line, a.street_name,
            a.district, a.installed_on::text as installed_on, a.version, a.condition_score,
            a.condition_inspected_on::text as condition_inspected_on,
            earth_distance(ll_to_earth(p.lat, p.lon), ll_to_earth(a.lat, a.lon)) as distance
          from assets a
          where earth_box(ll_to_earth(p.lat, p.lon), ${boxMeters}::float8) @> ll_to_earth(a.lat, a.lon)
            and earth_distance(ll_to_earth(p.lat, p.lon), ll_to_earth(a.lat, a.lon)) <= ${search.meters}::float8
            and ${ofType}
          order by distance, a.tag
          limit ${search.limit}
        ) as near
        order by p.key, near.distance, near.tag
      `.execute(db);
  const byKey = new Map<string, AssetWithDistance[]>();
  for (const { key, ...asset } of rows) {
    const list = byKey.get(key) ?? [];
    list.push(asset);
    byKey.set(key, list);
  }
  return points.map((point) => byKey.get(point.key) ?? []);
}
