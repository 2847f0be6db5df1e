import { batchByKey, onlyUuids } from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import { assetsByIds } from './db/asset.repository';
import { assetCountsByTypeIds, assetTypesByIds } from './db/asset-type.repository';
import type { AssetsDatabase } from './db/database';
import { assetCountsByDistricts, districtsByNumbers } from './db/district.repository';

/** Per-request state: loaders batch every entity lookup of one request into one query. */
export interface AssetsContext {
  db: Kysely<AssetsDatabase>;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(db: Kysely<AssetsDatabase>) {
  return {
    assetType: batchByKey(
      onlyUuids((ids) => assetTypesByIds(db, ids)),
      (t) => t.id,
    ),
    asset: batchByKey(
      onlyUuids((ids) => assetsByIds(db, ids)),
      (a) => a.id,
    ),
    assetCountOfType: batchByKey(
      onlyUuids((ids) => assetCountsByTypeIds(db, ids)),
      (c) => c.assetTypeId,
    ),
    district: batchByKey(
      (numbers: readonly number[]) => districtsByNumbers(db, numbers),
      (d) => d.number,
    ),
    assetCountOfDistrict: batchByKey(
      (numbers: readonly number[]) => assetCountsByDistricts(db, numbers),
      (c) => c.district,
    ),
  };
}

export function createAssetsContext(db: Kysely<AssetsDatabase>): AssetsContext {
  return { db, loaders: createLoaders(db) };
}
