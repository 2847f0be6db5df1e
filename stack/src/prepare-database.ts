import {
  type CityProfile,
  DEFAULT_CITY_PROFILE,
  generateCity,
  type Logger,
  loadCityProfile,
  migrateSubgraph,
  openSubgraphDatabase,
  type SeedProgress,
  vacuumAnalyze,
} from '@civicgraph/platform';
import { subgraphs } from '@civicgraph/schema';

export interface DemoCityOptions {
  /** City profile id (a file in platform/src/demo-city/cities) or a profile. */
  profile?: string | CityProfile;
  seed: number;
  requests: number;
  assets?: number;
  /** End of the 90-day window of requests. */
  now: Date;
}

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
  const city = options.city
    ? generateCity(
        typeof options.city.profile === 'object'
          ? options.city.profile
          : loadCityProfile(options.city.profile ?? DEFAULT_CITY_PROFILE),
        {
          seed: options.city.seed,
          now: options.city.now,
          requests: options.city.requests,
          ...(options.city.assets ? { assets: options.city.assets } : {}),
        },
      )
    : null;

  let seeded = false;
  for (const subgraph of subgraphs) {
    const db = openSubgraphDatabase(subgraph, { databaseUrl: options.databaseUrl, poolMax: 2 });
    try {
      const applied = await migrateSubgraph(subgraph, db);
      if (applied.length > 0) logger.info({ subgraph: subgraph.name, applied }, 'migrated');
      if (city && !(await subgraph.hasData(db))) {
        const started = performance.now();
        await subgraph.seed(db, city, options.progress);
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
