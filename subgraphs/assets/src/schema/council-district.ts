import { builder } from '../builder';
import { assetCountsBy } from '../db/asset.repository';
import { GeoJSONRef } from './geojson';
import { CouncilDistrictRef } from './refs';

CouncilDistrictRef.implement({
  description: 'A council district: an area of the city with its own elected council member.',
  authScopes: { permission: 'geography.read' },
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
    // A count of the inventory follows the inventory's rule: public districts must not
    // reveal per-district inventory to callers who may not read assets. Nullable, so
    // an anonymous map of districts loses only the counts; refused before its query.
    assetCount: t.loadable({
      type: 'Int',
      nullable: true,
      authScopes: { permission: 'assets.read' },
      description:
        'Number of assets in the district, whatever their type and status; null for ' +
        'callers who may not read assets.',
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
    authScopes: { permission: 'geography.read' },
    resolve: (_root, { number }) => number,
  }),
}));
