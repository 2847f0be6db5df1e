import { type DemoSubgraph, startDemoSubgraph } from '@civicgraph/demo-city/testing';
import type { DatasetsDatabase } from '../src/db/database';
import { datasetsDemoSeed } from '../src/db/demo-seed';
import { datasetsSubgraph } from '../src/index';

export type DatasetsHarness = DemoSubgraph<DatasetsDatabase>;

/**
 * The datasets subgraph on a scratch database with a small generated city, on port 0.
 * Without its background jobs (the outbox publisher, the assets refresh): they would
 * write rows, and run SQL, under the tests' feet; their tests start them themselves.
 */
export function startDatasetsHarness(): Promise<DatasetsHarness> {
  return startDemoSubgraph(
    datasetsSubgraph,
    datasetsDemoSeed,
    { assets: 100 },
    { withoutBackground: true },
  );
}
