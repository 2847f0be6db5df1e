import type { AssetTable } from './asset.table';
import type { AssetTypeTable } from './asset-type.table';
import type { CityTable } from './city.table';
import type { DistrictTable } from './district.table';
import type { StreetTable } from './street.table';

/** The tables of the `assets` schema, as Kysely sees them (camelCase). */
export interface AssetsDatabase {
  assetTypes: AssetTypeTable;
  assets: AssetTable;
  city: CityTable;
  districts: DistrictTable;
  streets: StreetTable;
}
