import type { Kysely } from 'kysely';
import type { AssetTable } from './asset.table';
import type { AssetTypeTable } from './asset-type.table';

/** The tables of the `assets` schema, as Kysely sees them (camelCase). */
export interface AssetsDatabase {
  assetTypes: AssetTypeTable;
  assets: AssetTable;
}

export type AssetsDb = Kysely<AssetsDatabase>;
