import {
  type Bbox,
  BLOCK_METERS,
  bboxesIntersect,
  degreesPerMeter,
  GRID_CELL_UNITS,
  geometryBbox,
  MAX_INDIVIDUAL_FEATURES,
  pointFeature,
  TILE_EXTENT,
  type TileAddress,
  type TileFeature,
  tileBbox,
  tileDetail,
} from '@civicgraph/platform';
import { type AliasedRawBuilder, type Kysely, type RawBuilder, sql } from 'kysely';
import { citySettings } from '../db/city.repository';
import type { RequestsDatabase } from '../db/database';
import { insideBox } from '../db/list-conditions';

/** Individual points are drawn by each tile whose buffer holds them (symbols not cut). */
export const INDIVIDUAL_BUFFER = 64;

/**
 * A published point lies at most this far from the stored one (a location-sensitive
 * place at its block's centre: under 0.71 block), so boxes grown by it hold every row
 * that may be drawn in them.
 */
export const SNAP_MARGIN_METERS = BLOCK_METERS;

/** `box` grown by `meters` on each side (longitude degrees widened at its latitude). */
export function grownBox(box: Bbox, meters: number): Bbox {
  const lat = Math.min(85, Math.max(Math.abs(box.north), Math.abs(box.south)));
  const perMeter = degreesPerMeter(lat);
  return {
    west: box.west - meters * perMeter.lon,
    east: box.east + meters * perMeter.lon,
    south: box.south - meters * perMeter.lat,
    north: box.north + meters * perMeter.lat,
  };
}

/** The city's box, grown by the snapping margin: every published point lies in it. */
async function cityBox(db: Kysely<RequestsDatabase>): Promise<Bbox> {
  const { city } = await citySettings(db);
  return grownBox(geometryBbox(city.boundary), SNAP_MARGIN_METERS);
}

/**
 * Whether the tile, with its buffer, lies wholly outside the city's box: such a tile
 * is empty, and the database is not asked for points.
 */
export async function tileMissesCity(
  db: Kysely<RequestsDatabase>,
  tile: TileAddress,
): Promise<boolean> {
  return !bboxesIntersect(tileBbox(tile, INDIVIDUAL_BUFFER), await cityBox(db));
}

/** A box covering more than this share of the city's box is read without the index. */
const WIDE_BOX_SHARE = 0.25;

function area(box: Bbox) {
  return Math.max(0, box.east - box.west) * Math.max(0, box.north - box.south);
}

/**
 * The rows whose stored point lies in `box` (edges included). A box holding a small
 * part of the city reads the GiST index on point(lon, lat). PostgreSQL estimates any
 * `<@ box` at a fixed 0.1 % of the table, though, so for a box over much of the city
 * (a low-zoom tile: half a million rows at a million requests) it would still walk the
 * index and fetch page by page; plain ranges on lon and lat, estimated from column
 * statistics, let it scan the table in parallel instead, two to three times faster.
 */
export async function inTileBox(
  db: Kysely<RequestsDatabase>,
  box: Bbox,
): Promise<RawBuilder<boolean>> {
  const city = await cityBox(db);
  const shared: Bbox = {
    west: Math.max(box.west, city.west),
    east: Math.min(box.east, city.east),
    south: Math.max(box.south, city.south),
    north: Math.min(box.north, city.north),
  };
  if (area(shared) <= WIDE_BOX_SHARE * area(city)) return insideBox(box);
  return sql<boolean>`(lon >= ${box.west} and lon <= ${box.east} and lat >= ${box.south} and lat <= ${box.north})`;
}

/**
 * Whether tile units `x`, `y` lie in the tile grown by `buffer`, half-open, so that with
 * no buffer a point on the edge of two tiles counts in exactly one.
 */
export function insideTileSql(
  x: RawBuilder<number>,
  y: RawBuilder<number>,
  buffer = 0,
): RawBuilder<boolean> {
  const low = -buffer;
  const high = TILE_EXTENT + buffer;
  return sql<boolean>`(${x} >= ${low} and ${x} < ${high} and ${y} >= ${low} and ${y} < ${high})`;
}

/** A grid cell's counts beside its mean position and total. */
export type GridCell<C extends string> = { x: number; y: number; count: number } & Record<
  C,
  number
>;

/**
 * The grid of a tile: `points` (a query selecting each row's unrounded tile units as
 * `x` and `y`, and whatever `counts` read) grouped into GRID_CELL_UNITS cells, only
 * rows inside the tile (half-open, no buffer: every point counts in one cell of one
 * tile at a zoom, so counts add up across tiles). Each cell is drawn at the mean of
 * its points.
 */
export async function gridCells<C extends string>(
  db: Kysely<RequestsDatabase>,
  points: { as(alias: 'p'): unknown },
  counts: Record<C, RawBuilder<unknown>>,
): Promise<GridCell<C>[]> {
  const x = sql<number>`p.x`;
  const y = sql<number>`p.y`;
  const selections: AliasedRawBuilder<unknown, string>[] = [
    sql<number>`round(avg(p.x))::int`.as('x'),
    sql<number>`round(avg(p.y))::int`.as('y'),
    sql<number>`count(*)::int`.as('count'),
    ...Object.entries<RawBuilder<unknown>>(counts).map(([name, expression]) =>
      sql<number>`(${expression})::int`.as(name),
    ),
  ];
  const rows = await db.transaction().execute(async (trx) => {
    // At most 256 cells: hashing them is always right, but the planner, estimating a
    // box at a handful of rows, would sort them (on disk at a city-wide tile).
    await sql`set local enable_sort = off`.execute(trx);
    return (
      trx
        // The caller's query, as a derived table; Kysely's types cannot follow it here.
        .selectFrom(points.as('p') as never)
        .select(selections as never)
        .where(insideTileSql(x, y))
        .groupBy([sql`floor(p.x / ${GRID_CELL_UNITS})`, sql`floor(p.y / ${GRID_CELL_UNITS})`])
        .execute()
    );
  });
  return rows as unknown as GridCell<C>[];
}

/** `count(*) filter (where ...)`: one of a cell's counts. */
export function countWhere(condition: RawBuilder<boolean>): RawBuilder<number> {
  return sql<number>`count(*) filter (where ${condition})`;
}

/** A cell as a feature: `cluster: true`, its total and its counts (zeros included). */
export function clusterFeature<C extends string>(cell: GridCell<C>): TileFeature {
  const { x, y, ...counts } = cell;
  return pointFeature(x, y, { cluster: true, ...counts });
}

/**
 * The rule for a layer of points (platform's tile-grid): below street level the grid;
 * from there each point, unless more than MAX_INDIVIDUAL_FEATURES match (asked for one
 * more than that), then the grid again.
 */
export async function individualOrGrid(
  tile: TileAddress,
  individuals: (limit: number) => Promise<TileFeature[]>,
  grid: () => Promise<TileFeature[]>,
): Promise<TileFeature[]> {
  if (tileDetail(tile.z) === 'INDIVIDUAL_OR_GRID') {
    const features = await individuals(MAX_INDIVIDUAL_FEATURES + 1);
    if (features.length <= MAX_INDIVIDUAL_FEATURES) return features;
  }
  return grid();
}
