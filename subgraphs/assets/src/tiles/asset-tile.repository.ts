import {
  type Bbox,
  GRID_CELL_UNITS,
  TILE_EXTENT,
  type TileAddress,
  tileUnitsSql,
} from '@civicgraph/platform';
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { AssetStatus, GeoJsonLineString } from '../db/asset.table';
import type { AssetsDatabase } from '../db/database';
import type { AssetTileFilter } from './asset-tile-filter';

/** One cell of a tile's grid: how many assets have their point in it, and where on average. */
export interface AssetCell {
  /** Mean position of the cell's assets, in tile units. */
  x: number;
  y: number;
  count: number;
  outOfServiceCount: number;
  poorConditionCount: number;
}

/** An asset as a street-level tile draws it. */
export interface AssetOnMap {
  id: string;
  tag: string;
  type: string;
  status: AssetStatus;
  conditionScore: number | null;
  district: number | null;
  lon: number;
  lat: number;
  line: GeoJsonLineString | null;
}

/** A condition score at or below this is poor (1 failed, 2 poor; see the upkeep scale). */
export const POOR_CONDITION_MAX = 2;

function boxSql({ west, south, east, north }: Bbox) {
  return sql`box(point(${west}::float8, ${south}::float8), point(${east}::float8, ${north}::float8))`;
}

/** The filter's conditions on `assets` (aliased `a`). */
function filterConditions(filter: AssetTileFilter): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [
    sql<SqlBool>`a.status in (${sql.join(filter.statuses)})`,
  ];
  if (filter.types) {
    conditions.push(
      // The codes become ids once (an init plan), so the test is a cheap one on each row,
      // made before the projection's trigonometry.
      sql<SqlBool>`a.asset_type_id = any(array(select id from asset_types where code in (${sql.join(filter.types)})))`,
    );
  }
  if (filter.districts) {
    conditions.push(sql<SqlBool>`a.district in (${sql.join(filter.districts)})`);
  }
  return conditions;
}

/**
 * The tile's grid of asset counts, aggregated in the database. Each asset counts at its
 * point, in the one cell of the one tile whose half-open square holds the point's
 * unrounded tile coordinates (0 ≤ x, y < TILE_EXTENT), so the cells of all tiles at a
 * zoom add up to the filtered total. `prefilter` is the tile's box grown a little, for
 * the point index only: the exact test is on the projected coordinates. The projection
 * is computed once per row (a materialized CTE), not again in each test and aggregate.
 */
export async function assetGrid(
  db: Kysely<AssetsDatabase>,
  tile: TileAddress,
  prefilter: Bbox,
  filter: AssetTileFilter,
): Promise<AssetCell[]> {
  const units = tileUnitsSql(tile, sql`a.lon`, sql`a.lat`);
  const result = await sql<{
    x: number;
    y: number;
    count: string;
    outOfServiceCount: string;
    poorConditionCount: string;
  }>`
    with placed as materialized (
      select ${units.x} as tx, ${units.y} as ty, a.status, a.condition_score
      from assets a
      where point(a.lon, a.lat) <@ ${boxSql(prefilter)}
        and ${sql.join(filterConditions(filter), sql` and `)}
    ), celled as (
      select floor(tx / ${GRID_CELL_UNITS}) as cx, floor(ty / ${GRID_CELL_UNITS}) as cy, *
      from placed
      where tx >= 0 and tx < ${TILE_EXTENT} and ty >= 0 and ty < ${TILE_EXTENT}
    )
    select avg(tx) as x, avg(ty) as y,
      count(*) as count,
      count(*) filter (where status = 'OUT_OF_SERVICE') as out_of_service_count,
      count(*) filter (where condition_score <= ${POOR_CONDITION_MAX}) as poor_condition_count
    from celled
    group by cy, cx
    order by cy, cx
  `.execute(db);
  return result.rows.map((row) => ({
    x: Number(row.x),
    y: Number(row.y),
    count: Number(row.count),
    outOfServiceCount: Number(row.outOfServiceCount),
    poorConditionCount: Number(row.poorConditionCount),
  }));
}

/**
 * The assets a street-level tile draws, at most `limit` (ask one more than you will
 * draw to know there are too many). A point asset is in when its point is in `box`; a
 * line asset when its line's box meets `box` (the `assets_line_box` index), so a road
 * segment is drawn in every tile it crosses, not only where its midpoint is.
 */
export async function assetsInBox(
  db: Kysely<AssetsDatabase>,
  box: Bbox,
  filter: AssetTileFilter,
  limit: number,
): Promise<AssetOnMap[]> {
  const result = await sql<AssetOnMap>`
    select a.id, a.tag, t.code as type, a.status, a.condition_score, a.district,
      a.lon, a.lat, a.line
    from assets a
    join asset_types t on t.id = a.asset_type_id
    where ((a.line is null and point(a.lon, a.lat) <@ ${boxSql(box)})
        or (a.line is not null and line_box(a.line) && ${boxSql(box)}))
      and ${sql.join(filterConditions(filter), sql` and `)}
    order by a.tag
    limit ${limit}
  `.execute(db);
  return result.rows;
}
