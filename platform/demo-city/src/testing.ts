// Test helper: imported by test files only (it needs the vitest run's PostgreSQL).
import type { SubgraphDefinition, SubgraphServerOptions } from '@civicgraph/platform';
import { type SeededSubgraph, startSeededSubgraph } from '@civicgraph/platform/testing';
import type { DemoSeed } from './demo-seed';
import { type DemoCityOptions, generateDemoCity } from './generate';
import type { DemoCity } from './types';

export interface DemoSubgraph<DB> extends SeededSubgraph<DB> {
  /** The generated city the subgraph was seeded with, for independent expectations. */
  city: DemoCity;
}

/**
 * One subgraph on a scratch database, seeded with its share of a small generated city
 * (the default profile, 200 requests, a fixed clock unless `city` says otherwise).
 */
export async function startDemoSubgraph<DB>(
  definition: SubgraphDefinition<DB>,
  demoSeed: DemoSeed<DB>,
  city: Partial<DemoCityOptions> = {},
  options: Pick<SubgraphServerOptions, 'peerUrls' | 'withoutBackground'> = {},
): Promise<DemoSubgraph<DB>> {
  const generated = generateDemoCity({
    seed: 42,
    now: new Date('2026-11-29T12:00:00Z'),
    requests: 200,
    ...city,
  });
  const seeded = await startSeededSubgraph(
    definition,
    (db) => demoSeed.seed(db, generated),
    options,
  );
  return { ...seeded, city: generated };
}
