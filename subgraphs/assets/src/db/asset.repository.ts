import { type Bbox, countsInKeyOrder } from '@civicgraph/platform';
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Asset, AssetStatus } from './asset.table';
import type { AssetsDatabase } from './database';

export interface AssetFilter {
  typeCode?: string | null;
  status?: AssetStatus | null;
  district?: number | null;
  streetName?: string | null;
  bbox?: Bbox | null;
  near?: Near | null;
}

/** A circle on the Earth's surface: its centre in WGS84 degrees, its radius in metres. */
export interface Near {
  lon: number;
  lat: number;
  meters: number;
}

/** The sort key of a page of assets: the tag, and the distance when `near` sorts by it. */
export interface AssetKey {
  tag: string;
  distanceMeters: number | null;
}

/** An asset of a `near` list, with its distance from the centre. */
export type AssetWithDistance = Asset & { distanceMeters: number | null };

export type AssetsQuery = SelectQueryBuilder<AssetsDatabase, 'assets', object>;

/** Every column of an asset, the date as text: see `AssetTable.installedOn`. */
export function selectAsset(query: AssetsQuery) {
  return query
    .select([
      'id',
      'assetTypeId',
      'tag',
      'status',
      'lon',
      'lat',
      'line',
      'streetName',
      'district',
      'version',
      'conditionScore',
    ])
    .select((eb) => [
      eb.cast<string>('installedOn', 'text').as('installedOn'),
      eb.cast<string | null>('conditionInspectedOn', 'text').as('conditionInspectedOn'),
    ]);
}

export function assetsByIds(db: Kysely<AssetsDatabase>, ids: readonly string[]): Promise<Asset[]> {
  return selectAsset(db.selectFrom('assets')).where('id', 'in', ids).execute();
}

export function assetByTag(db: Kysely<AssetsDatabase>, tag: string): Promise<Asset | undefined> {
  return selectAsset(db.selectFrom('assets')).where('tag', '=', tag).executeTakeFirst();
}

function filtered(db: Kysely<AssetsDatabase>, filter: AssetFilter): AssetsQuery {
  let query: AssetsQuery = db.selectFrom('assets');
  if (filter.typeCode != null) {
    const typeIds = db.selectFrom('assetTypes').select('id').where('code', '=', filter.typeCode);
    query = query.where('assetTypeId', 'in', typeIds);
  }
  if (filter.status != null) query = query.where('status', '=', filter.status);
  if (filter.district != null) query = query.where('district', '=', filter.district);
  if (filter.streetName != null) {
    const name = filter.streetName.toLowerCase();
    query = query.where((eb) => eb(eb.fn('lower', ['streetName']), '=', name));
  }
  if (filter.bbox) {
    const { west, south, east, north } = filter.bbox;
    // Written as the indexed expression `point(lon, lat)` so the GiST index serves it;
    // `<@` includes points on the box's edges.
    query = query.where(
      sql<boolean>`point(lon, lat) <@ box(point(${west}::float8, ${south}::float8), point(${east}::float8, ${north}::float8))`,
    );
  }
  if (filter.near) {
    const { meters } = filter.near;
    // The cube box around the centre comes from the GiST index on ll_to_earth(lat, lon)
    // and holds every point within `meters` (and a few beyond its corners); the exact
    // great-circle distance then drops those. The box is at least a metre wide: for
    // a radius of a few nanometres earth_box underflows and fails.
    const boxMeters = Math.max(meters, 1);
    query = query
      .where(
        sql<boolean>`earth_box(${centreOf(filter.near)}, ${boxMeters}::float8) @> ll_to_earth(lat, lon)`,
      )
      .where(sql<boolean>`${distanceFrom(filter.near)} <= ${meters}::float8`);
  }
  return query;
}

function centreOf({ lon, lat }: Near) {
  return sql`ll_to_earth(${lat}::float8, ${lon}::float8)`;
}

/** Great-circle distance in metres on earthdistance's sphere (radius `earth()`). */
function distanceFrom(near: Near) {
  return sql<number>`earth_distance(${centreOf(near)}, ll_to_earth(lat, lon))`;
}

/**
 * One page of assets by keyset: in tag order (the tag is unique), or with `near`,
 * nearest first and then by tag, so that equally distant assets keep one order and
 * pages neither skip nor repeat them.
 */
export function pageOfAssets(
  db: Kysely<AssetsDatabase>,
  filter: AssetFilter,
  page: { after?: AssetKey; before?: AssetKey; limit: number; inverted: boolean },
): Promise<AssetWithDistance[]> {
  let query = filtered(db, filter);
  const direction = page.inverted ? 'desc' : 'asc';
  const { near } = filter;
  if (!near) {
    if (page.after !== undefined) query = query.where('tag', '>', page.after.tag);
    if (page.before !== undefined) query = query.where('tag', '<', page.before.tag);
    return selectAsset(query)
      .select(sql<null>`null::float8`.as('distanceMeters'))
      .orderBy('tag', direction)
      .limit(page.limit)
      .execute();
  }
  const distance = distanceFrom(near);
  const keyOf = (key: AssetKey) => sql`(${key.distanceMeters}::float8, ${key.tag}::text)`;
  if (page.after !== undefined) {
    query = query.where(sql<boolean>`(${distance}, tag) > ${keyOf(page.after)}`);
  }
  if (page.before !== undefined) {
    query = query.where(sql<boolean>`(${distance}, tag) < ${keyOf(page.before)}`);
  }
  return selectAsset(query)
    .select(distance.as('distanceMeters'))
    .orderBy(distance, direction)
    .orderBy('tag', direction)
    .limit(page.limit)
    .execute();
}

export async function countAssets(db: Kysely<AssetsDatabase>, filter: AssetFilter) {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Number of assets per type or per district, for the batched `assetCount` fields:
 * one count per key, in the order of the keys, 0 for a key without assets.
 */
export function assetCountsBy(
  db: Kysely<AssetsDatabase>,
  column: 'assetTypeId',
  typeIds: readonly string[],
): Promise<number[]>;
export function assetCountsBy(
  db: Kysely<AssetsDatabase>,
  column: 'district',
  districts: readonly number[],
): Promise<number[]>;
export async function assetCountsBy(
  db: Kysely<AssetsDatabase>,
  column: 'assetTypeId' | 'district',
  keys: readonly (string | number)[],
): Promise<number[]> {
  const rows = await db
    .selectFrom('assets')
    .select((eb) => [eb.ref(column).as('key'), eb.fn.countAll<string>().as('count')])
    .where(column, 'in', keys)
    .groupBy(column)
    .execute();
  return countsInKeyOrder(keys, rows);
}

/** The audit trail of each asset, oldest first. */
export function changesOfAssets(db: Kysely<AssetsDatabase>, assetIds: readonly string[]) {
  return db
    .selectFrom('assetChanges')
    .selectAll()
    .where('assetId', 'in', assetIds)
    .orderBy('assetId')
    .orderBy('id')
    .execute();
}
