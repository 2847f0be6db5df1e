import { builder } from '../builder';
import type { Asset } from '../db/asset.table';
import type { AssetType } from '../db/asset-type.table';

export interface GeoPoint {
  lon: number;
  lat: number;
}

// Refs live apart from their implementations so type files can point at each
// other without circular imports.
export const AssetTypeRef = builder.objectRef<AssetType>('AssetType');
export const AssetRef = builder.objectRef<Asset>('Asset');
export const GeoPointRef = builder.objectRef<GeoPoint>('GeoPoint');
