import { type DemoSubgraph, startDemoSubgraph } from '@civicgraph/demo-city/testing';
import type { RequestsDatabase } from '../src/db/database';
import { requestsDemoSeed } from '../src/db/demo-seed';
import { requestsSubgraph } from '../src/index';

/** The demo window ends here, so the data (and every assertion on it) is fixed. */
export const NOW = new Date('2026-11-28T00:00:00Z');

export type RequestsHarness = DemoSubgraph<RequestsDatabase>;

/**
 * The requests subgraph on a scratch database with a small generated city, on port 0.
 * Without the overdue scheduler: it would change work orders under the tests' feet
 * (test/overdue-scheduler.test.ts drives its passes itself).
 */
export function startRequestsHarness(requests = 300): Promise<RequestsHarness> {
  return startDemoSubgraph(
    requestsSubgraph,
    requestsDemoSeed,
    { seed: 20261129, now: NOW, requests },
    { withoutBackground: true },
  );
}
