import { checkedId, exactlyOneKey } from '@civicgraph/platform';
import { bilingualText, builder } from '../builder';
import { assetCountsBy } from '../db/asset.repository';
import { assetTypeByCode, listAssetTypes } from '../db/asset-type.repository';
import { assetGeometryKinds } from '../db/asset-type.table';
import { AssetTypeRef } from './refs';

export const AssetGeometryKindEnum = builder.enumType('AssetGeometryKind', {
  description: 'Whether assets of a type are points (a streetlight) or lines (a road segment).',
  values: assetGeometryKinds,
});

AssetTypeRef.implement({
  description: 'A kind of physical asset the city maintains, e.g. streetlights or road segments.',
  // Part of the inventory, its count included: whoever may read assets may read these.
  authScopes: { permission: 'assets.read' },
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: 'Short stable code, e.g. STREETLIGHT.' }),
    name: bilingualText(t, { en: 'nameEn', es: 'nameEs' }),
    geometryKind: t.expose('geometryKind', { type: AssetGeometryKindEnum }),
    assetCount: t.loadable({
      type: 'Int',
      description: 'Number of assets of this type, whatever their status.',
      load: (typeIds: string[], { db }) => assetCountsBy(db, 'assetTypeId', typeIds),
      resolve: (type) => type.id,
    }),
  }),
});

builder.queryFields((t) => ({
  assetTypes: t.field({
    type: [AssetTypeRef],
    description: 'Every asset type, by English name.',
    authScopes: { permission: 'assets.read' },
    resolve: (_root, _args, ctx) => listAssetTypes(ctx.db),
  }),
  assetType: t.field({
    type: AssetTypeRef,
    nullable: true,
    args: { id: t.arg.id(), code: t.arg.string() },
    description: 'An asset type by id or by code (give exactly one).',
    authScopes: { permission: 'assets.read' },
    resolve: async (_root, { id, code }, ctx) => {
      exactlyOneKey({ id, code });
      if (id != null) return checkedId(id, 'id');
      return (await assetTypeByCode(ctx.db, code!)) ?? null;
    },
  }),
}));
