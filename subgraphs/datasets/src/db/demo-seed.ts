import type { DemoCity, DemoSeed, SeedProgress } from '@civicgraph/demo-city';
import { hasRows } from '@civicgraph/platform';
import type { Kysely } from 'kysely';
import type { DatasetsDatabase } from './database';
import { seedDemoRows } from './demo-rows';

/**
 * Inserts the demo city's open data catalog with its DCAT-US metadata (a handful of
 * rows: one statement). Each slice seeds the rows of its own datasets.
 */
export async function seedDatasets(
  db: Kysely<DatasetsDatabase>,
  city: DemoCity,
  progress?: SeedProgress,
) {
  if (city.datasets.length > 0) {
    await db
      .insertInto('datasets')
      .values(
        city.datasets.map((d) => ({
          id: d.id,
          slug: d.slug,
          title: d.title,
          description: d.description,
          keywords: d.keywords,
          themes: d.theme,
          accrualPeriodicity: d.accrualPeriodicity,
          source: d.source,
          publisherDepartmentId: d.publisherDepartmentId,
          publisherName: d.publisherName,
          contactName: d.contactName,
          contactEmail: d.contactEmail,
          landingPage: d.landingPage,
          spatial: d.spatial,
          temporal: d.temporal,
          issued: d.issued,
          modified: d.modified,
        })),
      )
      .execute();
  }
  progress?.('datasets.datasets', city.datasets.length, city.datasets.length);
  await seedDemoRows(db, city, progress);
}

/** The datasets subgraph's share of the demo city. */
export const datasetsDemoSeed: DemoSeed<DatasetsDatabase> = {
  hasData: (db) => hasRows(db, 'datasets'),
  seed: seedDatasets,
};
