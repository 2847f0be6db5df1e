import {
  badUserInput,
  checkedId,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  exactlyOneKey,
  filteredConnection,
  type KeysetCodec,
  MAX_PAGE_SIZE,
} from '@civicgraph/platform';
import { builder } from '../builder';
import {
  type AssetKey,
  type AssetWithDistance,
  assetByTag,
  countAssets,
  pageOfAssets,
} from '../db/asset.repository';
import { AssetFilterInput, AssetStatusEnum, toAssetFilter } from './asset-filter';
import { AssetRef, AssetTypeRef, GeoPointRef } from './refs';

AssetRef.implement({
  description: 'A physical asset the city maintains: a streetlight, a hydrant, a road segment.',
  authScopes: { permission: 'assets.read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    tag: t.exposeString('tag', { description: 'Tag painted on the asset, e.g. STL-000123.' }),
    assetType: t.field({ type: AssetTypeRef, resolve: (asset) => asset.assetTypeId }),
    status: t.expose('status', { type: AssetStatusEnum }),
    location: t.field({
      type: GeoPointRef,
      description: 'The asset itself, or the midpoint of a line asset.',
      resolve: (asset) => ({ lon: asset.lon, lat: asset.lat }),
    }),
    line: t.field({
      type: [GeoPointRef],
      nullable: true,
      description: 'The full geometry of a line asset (road segment); null for point assets.',
      resolve: (asset) =>
        asset.line?.coordinates.map((position) => ({ lon: position[0]!, lat: position[1]! })) ??
        null,
    }),
    streetName: t.exposeString('streetName'),
    district: t.exposeInt('district', { nullable: true, description: 'Council district number.' }),
    installedOn: t.exposeString('installedOn', {
      description: 'Date the asset was installed, as an ISO 8601 date (YYYY-MM-DD).',
    }),
    // On the node rather than the edge so that a map reads it with the asset's other
    // fields; an asset reached any other way (by id, through a work order) has none.
    distanceMeters: t.float({
      nullable: true,
      description:
        'Great-circle distance in metres from the centre of the `near` filter of the ' +
        '`assets` list that returned this asset, or from the request in ' +
        '`ServiceRequest.nearbyAssets`; null anywhere else.',
      resolve: (asset) => (asset as Partial<AssetWithDistance>).distanceMeters ?? null,
    }),
  }),
});

/**
 * Cursors of the asset list: the tag it is sorted by, or with `near` the distance and
 * the tag. The distance travels as the shortest text that reads back as the same
 * double, so the next page starts exactly after the row the cursor names.
 */
const assetCodec: KeysetCodec<AssetWithDistance, AssetKey> = {
  toCursor: ({ tag, distanceMeters }) =>
    encodeCursor(distanceMeters == null ? [tag] : [tag, String(distanceMeters)]),
  fromCursor: (cursor) => {
    const [tag, distance] = cursorValues(cursor);
    if (distance === undefined) return { tag: tag!, distanceMeters: null };
    const distanceMeters = Number(distance);
    if (distance.trim() === '' || !Number.isFinite(distanceMeters) || distanceMeters < 0) {
      throw notIssuedCursor();
    }
    return { tag: tag!, distanceMeters };
  },
};

function notIssuedCursor() {
  return badUserInput('The cursor is not one this list returned');
}

/** The values of a cursor of either shape (checked by decodeCursor, which rejects all else). */
function cursorValues(cursor: string): readonly string[] {
  try {
    return decodeCursor(cursor, ['string']);
  } catch {
    return decodeCursor(cursor, ['string', 'string']);
  }
}

/** A cursor of a `near` list does not fit a list in tag order, nor the other way round. */
function checkKeyFits(key: AssetKey | undefined, sortedByDistance: boolean) {
  if (key !== undefined && (key.distanceMeters != null) !== sortedByDistance) {
    throw notIssuedCursor();
  }
}

builder.queryFields((t) => ({
  asset: t.field({
    type: AssetRef,
    nullable: true,
    args: { id: t.arg.id(), tag: t.arg.string() },
    description: 'An asset by id or by tag (give exactly one).',
    authScopes: { permission: 'assets.read' },
    resolve: async (_root, { id, tag }, ctx) => {
      exactlyOneKey({ id, tag });
      if (id != null) return checkedId(id, 'id');
      return (await assetByTag(ctx.db, tag!)) ?? null;
    },
  }),
  assets: filteredConnection(t, {
    type: AssetRef,
    name: 'Asset',
    authScopes: { permission: 'assets.read' },
    description:
      `Assets in tag order (with filter.near: nearest first, then by tag), ` +
      `${DEFAULT_PAGE_SIZE} a page by default, at most ${MAX_PAGE_SIZE}.`,
    filter: AssetFilterInput,
    toFilter: toAssetFilter,
    codec: assetCodec,
    page: ({ db }, filter, page) => {
      checkKeyFits(page.after, filter.near != null);
      checkKeyFits(page.before, filter.near != null);
      return pageOfAssets(db, filter, page);
    },
    count: ({ db }, filter) => countAssets(db, filter),
    totalCountDescription: 'Number of assets matching the filter, on all pages.',
  }),
}));
