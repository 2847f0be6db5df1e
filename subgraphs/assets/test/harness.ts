import type { AssetSeed } from '@civicgraph/demo-city';
import { type DemoSubgraph, startDemoSubgraph } from '@civicgraph/demo-city/testing';
import type { AssetsDatabase } from '../src/db/database';
import { assetsDemoSeed } from '../src/db/demo-seed';
import { assetsSubgraph } from '../src/index';

export interface AssetsHarness extends DemoSubgraph<AssetsDatabase> {
  /** Every generated asset, for computing expectations independently of the SQL. */
  assets: AssetSeed[];
}

/** The assets subgraph on a scratch database with a small generated city, on port 0. */
export async function startAssetsHarness(): Promise<AssetsHarness> {
  // Several batches, to exercise the streaming seed.
  const seeded = await startDemoSubgraph(assetsSubgraph, assetsDemoSeed, {
    assets: 500,
    batchSize: 120,
  });
  return { ...seeded, assets: [...seeded.city.assetBatches()].flat() };
}
