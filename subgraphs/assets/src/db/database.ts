import type { AssetTable } from './asset.table';
import type { AssetChangeTable } from './asset-change.table';
import type { AssetTypeTable } from './asset-type.table';
import type { CityTable } from './city.table';
import type { DistrictTable } from './district.table';
import type { StreetTable } from './street.table';

/** The tables of the `assets` schema, as Kysely sees them (camelCase). */
export interface AssetsDatabase {
  assetTypes: AssetTypeTable;
  assets: AssetTable;
  assetChanges: AssetChangeTable;
  city: CityTable;
  districts: DistrictTable;
  streets: StreetTable;
}
