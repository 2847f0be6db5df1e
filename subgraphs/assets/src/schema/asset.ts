import {
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
import { assetByTag, countAssets, pageOfAssets } from '../db/asset.repository';
import type { Asset } from '../db/asset.table';
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
  }),
});

/** Cursors of the asset list: the tag it is sorted by. */
const assetCodec: KeysetCodec<Asset, string> = {
  toCursor: (asset) => encodeCursor([asset.tag]),
  fromCursor: (cursor) => decodeCursor(cursor, ['string'])[0] as string,
};

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
    description: `Assets in tag order, ${DEFAULT_PAGE_SIZE} a page by default, at most ${MAX_PAGE_SIZE}.`,
    filter: AssetFilterInput,
    toFilter: toAssetFilter,
    codec: assetCodec,
    page: ({ db }, filter, page) => pageOfAssets(db, filter, page),
    count: ({ db }, filter) => countAssets(db, filter),
    totalCountDescription: 'Number of assets matching the filter, on all pages.',
  }),
}));
