import { badUserInput, checkedId, decodeCursor, encodeCursor } from '@civicgraph/platform';
import { type ResolveCursorConnectionArgs, resolveCursorConnection } from '@pothos/plugin-relay';
import { builder } from '../builder';
import { type AssetFilter, assetByTag, countAssets, pageOfAssets } from '../db/asset.repository';
import type { Asset } from '../db/asset.table';
import { AssetFilterInput, AssetStatusEnum, toAssetFilter } from './asset-filter';
import { AssetRef, AssetTypeRef, GeoPointRef } from './refs';

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 500;

AssetRef.implement({
  description: 'A physical asset the city maintains: a streetlight, a hydrant, a road segment.',
  fields: (t) => ({
    id: t.exposeID('id'),
    tag: t.exposeString('tag', { description: 'Tag painted on the asset, e.g. STL-000123.' }),
    assetType: t.field({
      type: AssetTypeRef,
      resolve: async (asset, _args, ctx) => (await ctx.loaders.assetType.load(asset.assetTypeId))!,
    }),
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

builder.asEntity(AssetRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => ctx.loaders.asset.load(ref.id),
});

function toCursor(asset: Asset) {
  return encodeCursor([asset.tag]);
}

function fromCursor(cursor: string) {
  return decodeCursor(cursor, ['string'])[0] as string;
}

/** Pothos would silently clamp an oversized page; the client should know instead. */
function checkPageSize(args: { first?: number | null; last?: number | null }) {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size != null && (size < 0 || size > MAX_PAGE_SIZE)) {
      throw badUserInput(`${name} must be between 0 and ${MAX_PAGE_SIZE}`, { [name]: size });
    }
  }
}

builder.queryFields((t) => ({
  asset: t.field({
    type: AssetRef,
    nullable: true,
    args: { id: t.arg.id(), tag: t.arg.string() },
    description: 'An asset by id or by tag (give exactly one).',
    resolve: async (_root, { id, tag }, ctx) => {
      if ((id == null) === (tag == null)) throw badUserInput('Give exactly one of id or tag');
      if (id != null) return ctx.loaders.asset.load(checkedId(id, 'id'));
      return (await assetByTag(ctx.db, tag!)) ?? null;
    },
  }),
  assets: t.connection(
    {
      type: AssetRef,
      description: `Assets in tag order, ${DEFAULT_PAGE_SIZE} a page by default, at most ${MAX_PAGE_SIZE}.`,
      args: { filter: t.arg({ type: AssetFilterInput }) },
      resolve: async (_root, args, ctx) => {
        checkPageSize(args);
        const filter = toAssetFilter(args.filter);
        const connection = await resolveCursorConnection(
          { args, toCursor, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
          ({ after, before, limit, inverted }: ResolveCursorConnectionArgs) =>
            pageOfAssets(ctx.db, filter, {
              ...(after ? { after: fromCursor(after) } : {}),
              ...(before ? { before: fromCursor(before) } : {}),
              limit,
              inverted,
            }),
        );
        return { ...connection, filter };
      },
    },
    {
      name: 'AssetConnection',
      fields: (c) => ({
        totalCount: c.int({
          description: 'Number of assets matching the filter, on all pages.',
          resolve: (connection, _args, ctx) =>
            countAssets(ctx.db, (connection as unknown as { filter: AssetFilter }).filter),
        }),
      }),
    },
    { name: 'AssetEdge' },
  ),
}));
