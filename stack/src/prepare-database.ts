import { type DemoCityOptions, generateDemoCity, type SeedProgress } from '@civicgraph/demo-city';
import {
  type Logger,
  migrateSubgraph,
  openSubgraphDatabase,
  vacuumAnalyze,
} from '@civicgraph/platform';
import { subgraphs } from '@civicgraph/schema';
import { demoSeedOf } from './demo-seeds';

export interface PrepareDatabaseOptions {
  databaseUrl: string;
  logger: Logger;
  /** The demo city to seed into subgraphs that hold no data yet; null seeds nothing. */
  city: DemoCityOptions | null;
  progress?: SeedProgress;
}

/**
 * Brings every subgraph's schema to its latest migration, then seeds the demo city
 * into each subgraph that is still empty. Each subgraph seeds in one transaction,
 * so an interrupted seed leaves that subgraph empty and the next start retries it.
 */
export async function prepareDatabase(options: PrepareDatabaseOptions) {
  const { logger } = options;
  const city = options.city ? generateDemoCity(options.city) : null;

  let seeded = false;
  for (const subgraph of subgraphs) {
    const db = openSubgraphDatabase(subgraph, { databaseUrl: options.databaseUrl, poolMax: 2 });
    try {
      const applied = await migrateSubgraph(subgraph, db);
      if (applied.length > 0) logger.info({ subgraph: subgraph.name, applied }, 'migrated');
      const demoSeed = city ? demoSeedOf(subgraph.name) : null;
      if (city && demoSeed && (await demoSeed.hasData(db))) {
        await demoSeed.complete?.(db, city);
      } else if (city && demoSeed) {
        const started = performance.now();
        await demoSeed.seed(db, city, options.progress);
        seeded = true;
        logger.info(
          { subgraph: subgraph.name, ms: Math.round(performance.now() - started) },
          'seeded demo data',
        );
      }
    } finally {
      await db.destroy();
    }
  }
  if (seeded) await vacuumAnalyze(options.databaseUrl);
}
