import { configFields } from '@civicgraph/platform';
import { z } from 'zod';
import { demoCityConfig } from './demo-city-config';

/**
 * Configuration of the migration job (`dist/migrate/main.mjs`, the image's `migrate`):
 * it runs once before the subgraphs of a deployment start, which then skip their own
 * migrations (MIGRATE_ON_START=false).
 */
export const migrateConfig = z.object({
  DATABASE_URL: configFields.postgresUrl().unwrap(),
  LOG_LEVEL: configFields.logLevel(),
  /** Seeds the demo city into subgraphs that hold no data yet: a demo deployment, never a city's. */
  DEMO_SEED_ON_EMPTY: configFields.flag(false),
  ...demoCityConfig.shape,
});
