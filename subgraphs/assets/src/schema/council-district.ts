import { builder } from '../builder';
import { assetCountsBy } from '../db/asset.repository';
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
    assetCount: t.loadable({
      type: 'Int',
      description: 'Number of assets in the district, whatever their type and status.',
      load: (numbers: number[], { db }) => assetCountsBy(db, 'district', numbers),
      resolve: (district) => district.number,
    }),
  }),
});

builder.queryFields((t) => ({
  councilDistrict: t.field({
    type: CouncilDistrictRef,
    nullable: true,
    args: { number: t.arg.int({ required: true }) },
    description: 'A council district by number; null if the city has no such district.',
    resolve: (_root, { number }) => number,
  }),
}));
