import { builder } from '../builder';
import { GeoJSONRef } from './geojson';
import { CouncilDistrictRef } from './refs';

CouncilDistrictRef.implement({
  description: 'A council district: an area of the city with its own elected council member.',
  fields: (t) => ({
    number: t.exposeInt('number', {
      description: 'District number, as assets and requests carry it.',
    }),
    name: t.exposeString('name'),
    boundary: t.field({
      type: GeoJSONRef,
      description: 'The district, a GeoJSON Polygon.',
      resolve: (district) => district.boundary,
    }),
    assetCount: t.int({
      description: 'Number of assets in the district, whatever their type and status.',
      resolve: async (district, _args, ctx) =>
        (await ctx.loaders.assetCountOfDistrict.load(district.number))?.count ?? 0,
    }),
  }),
});

builder.asEntity(CouncilDistrictRef, {
  key: builder.selection<{ number: number }>('number'),
  resolveReference: (ref, ctx) => ctx.loaders.district.load(ref.number),
});

builder.queryFields((t) => ({
  councilDistrict: t.field({
    type: CouncilDistrictRef,
    nullable: true,
    args: { number: t.arg.int({ required: true }) },
    description: 'A council district by number; null if the city has no such district.',
    resolve: (_root, { number }, ctx) => ctx.loaders.district.load(number),
  }),
}));
