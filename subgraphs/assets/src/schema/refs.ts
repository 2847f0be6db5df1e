import type { Bbox } from '@civicgraph/platform';
import { builder } from '../builder';
import type { Asset } from '../db/asset.table';
import type { AssetType } from '../db/asset-type.table';
import type { City } from '../db/city.table';
import type { District } from '../db/district.table';
import type { Street } from '../db/street.table';

export interface GeoPoint {
  lon: number;
  lat: number;
}

// Refs live apart from their implementations so type files can point at each
// other without circular imports.
export const AssetTypeRef = builder.objectRef<AssetType>('AssetType');
export const AssetRef = builder.objectRef<Asset>('Asset');
export const GeoPointRef = builder.objectRef<GeoPoint>('GeoPoint');
export const BBoxRef = builder.objectRef<Bbox>('BBox');
export const CityRef = builder.objectRef<City>('City');
export const CouncilDistrictRef = builder.objectRef<District>('CouncilDistrict');
export const StreetRef = builder.objectRef<Street>('Street');
