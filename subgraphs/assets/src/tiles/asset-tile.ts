import {
  encodeTile,
  lineFeature,
  MAX_INDIVIDUAL_FEATURES,
  pointFeature,
  projectToTile,
  type TileAddress,
  type TileFeature,
  tileBbox,
  tileDetail,
} from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import type { AssetsDatabase } from '../db/database';
import { type AssetCell, type AssetOnMap, assetGrid, assetsInBox } from './asset-tile.repository';
import type { AssetTileFilter } from './asset-tile-filter';

/** The MVT layer the `assets` tiles carry. */
export const ASSETS_LAYER = 'assets';
/** Tile units around a street-level tile whose assets it also draws (symbols not cut at edges). */
const INDIVIDUAL_BUFFER = 64;
/**
 * The grid's prefilter box is the tile grown by one unit: the box is computed by the
 * inverse projection, whose rounding must not drop a point the exact half-open test on
 * its projected coordinates would keep.
 */
const GRID_PREFILTER_BUFFER = 1;

function cellFeature(cell: AssetCell): TileFeature {
  return pointFeature(Math.round(cell.x), Math.round(cell.y), {
    cluster: true,
    count: cell.count,
    outOfServiceCount: cell.outOfServiceCount,
    poorConditionCount: cell.poorConditionCount,
  });
}

function assetFeature(tile: TileAddress, asset: AssetOnMap): TileFeature {
  const properties = {
    id: asset.id,
    tag: asset.tag,
    type: asset.type,
    status: asset.status,
    conditionScore: asset.conditionScore,
    district: asset.district,
  };
  if (asset.line && asset.line.coordinates.length >= 2) {
    const part = asset.line.coordinates.map((position) =>
      projectToTile(tile, position[0] as number, position[1] as number),
    );
    return lineFeature([part], properties);
  }
  const [x, y] = projectToTile(tile, asset.lon, asset.lat);
  return pointFeature(x, y, properties);
}

/**
 * One `assets` tile: below the individual-features zoom a grid of counts aggregated in
 * SQL; from it, each asset (points, and road segments as lines), unless more than
 * `MAX_INDIVIDUAL_FEATURES` are in reach, when it is the grid again.
 */
export async function renderAssetTile(
  db: Kysely<AssetsDatabase>,
  tile: TileAddress,
  filter: AssetTileFilter,
): Promise<Uint8Array> {
  if (tileDetail(tile.z) === 'INDIVIDUAL_OR_GRID') {
    const box = tileBbox(tile, INDIVIDUAL_BUFFER);
    const assets = await assetsInBox(db, box, filter, MAX_INDIVIDUAL_FEATURES + 1);
    if (assets.length <= MAX_INDIVIDUAL_FEATURES) {
      return encodeTile({ [ASSETS_LAYER]: assets.map((asset) => assetFeature(tile, asset)) });
    }
  }
  const cells = await assetGrid(db, tile, tileBbox(tile, GRID_PREFILTER_BUFFER), filter);
  return encodeTile({ [ASSETS_LAYER]: cells.map(cellFeature) });
}
