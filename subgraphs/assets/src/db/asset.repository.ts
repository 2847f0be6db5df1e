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
}

type AssetsQuery = SelectQueryBuilder<AssetsDatabase, 'assets', object>;

/** Every column of an asset, the date as text: see `AssetTable.installedOn`. */
function selectAsset(query: AssetsQuery) {
  return query
    .select(['id', 'assetTypeId', 'tag', 'status', 'lon', 'lat', 'line', 'streetName', 'district'])
    .select((eb) => eb.cast<string>('installedOn', 'text').as('installedOn'));
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
  return query;
}

/** One page of assets in tag order (keyset pagination on the unique tag). */
export function pageOfAssets(
  db: Kysely<AssetsDatabase>,
  filter: AssetFilter,
  page: { after?: string; before?: string; limit: number; inverted: boolean },
): Promise<Asset[]> {
  let query = filtered(db, filter);
  if (page.after !== undefined) query = query.where('tag', '>', page.after);
  if (page.before !== undefined) query = query.where('tag', '<', page.before);
  return selectAsset(query)
    .orderBy('tag', page.inverted ? 'desc' : 'asc')
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
