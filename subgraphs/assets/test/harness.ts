import type { AssetSeed } from '@civicgraph/platform';
import { type SeededSubgraph, startSeededSubgraph } from '@civicgraph/platform/testing';
import type { AssetsDatabase } from '../src/db/database';
import { assetsSubgraph } from '../src/index';

export interface AssetsHarness extends SeededSubgraph<AssetsDatabase> {
  /** Every generated asset, for computing expectations independently of the SQL. */
  assets: AssetSeed[];
}

/** A migrated, seeded assets subgraph on its own scratch database, served on port 0. */
export async function startAssetsHarness(): Promise<AssetsHarness> {
  // Several batches, to exercise the streaming seed.
  const seeded = await startSeededSubgraph(assetsSubgraph, { assets: 500, batchSize: 120 });
  return { ...seeded, assets: [...seeded.city.assetBatches()].flat() };
}
