import {
  type Bbox,
  geoPointRef,
  integerKey,
  loadableEntityRef,
  uuidId,
} from '@civicgraph/platform';
import { builder } from '../builder';
import { assetsByIds } from '../db/asset.repository';
import { assetTypesByIds } from '../db/asset-type.repository';
import type { City } from '../db/city.table';
import { districtsByNumbers } from '../db/district.repository';
import type { Street } from '../db/street.table';

// Refs live apart from their implementations so type files can point at each
// other without circular imports. A field of an entity type may resolve to its key
// alone: the ref's loader reads every key of a request in one statement.
export const AssetTypeRef = loadableEntityRef(builder, 'AssetType', uuidId, (ids, { db }) =>
  assetTypesByIds(db, ids),
);
export const AssetRef = loadableEntityRef(builder, 'Asset', uuidId, (ids, { db }) =>
  assetsByIds(db, ids),
);
export const GeoPointRef = geoPointRef(builder);
export const BBoxRef = builder.objectRef<Bbox>('BBox');
export const CityRef = builder.objectRef<City>('City');
export const CouncilDistrictRef = loadableEntityRef(
  builder,
  'CouncilDistrict',
  integerKey('number'),
  (numbers, { db }) => districtsByNumbers(db, numbers),
);
export const StreetRef = builder.objectRef<Street>('Street');
