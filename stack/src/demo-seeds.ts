import { accountsDemoSeed } from '@civicgraph/accounts/demo-seed';
import { assetsDemoSeed } from '@civicgraph/assets/demo-seed';
import { datasetsDemoSeed } from '@civicgraph/datasets/demo-seed';
import type { AnyDemoSeed } from '@civicgraph/demo-city';
import { requestsDemoSeed } from '@civicgraph/requests/demo-seed';

/**
 * Each subgraph's share of the demo city, by subgraph name. Only the stack seeds
 * demo data; a subgraph run as its own process never loads the generator.
 */
const demoSeeds: Record<string, AnyDemoSeed> = {
  accounts: accountsDemoSeed,
  assets: assetsDemoSeed,
  datasets: datasetsDemoSeed,
  requests: requestsDemoSeed,
};

/** The demo seed of a subgraph; every subgraph of the registry must have one. */
export function demoSeedOf(subgraph: string): AnyDemoSeed {
  const demoSeed = demoSeeds[subgraph];
  if (!demoSeed)
    throw new Error(`No demo seed for the ${subgraph} subgraph (stack/src/demo-seeds.ts)`);
  return demoSeed;
}
